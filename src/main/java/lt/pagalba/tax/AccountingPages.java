package lt.pagalba.tax;

import java.time.YearMonth;
import java.util.Locale;
import lt.pagalba.billing.TaxDocuments;
import lt.pagalba.billing.VatInvoiceRuns;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The accountant's Accounting page for a tax month: the VAT invoices and credit notes issued in it
 * (each with its PDF and e-invoice), the month's i.SAF file and sales register, and — for the month
 * before, whose proformas get their VAT invoices by this month's 10th — what that job did and the
 * documents it could not issue, and why.
 */
@Controller
@PreAuthorize("hasRole('ACCOUNTANT')")
class AccountingPages {

    private final TaxDocuments documents;
    private final VatInvoiceRuns vatInvoiceRuns;
    private final TaxFiles files;
    private final EInvoices eInvoices;

    AccountingPages(TaxDocuments documents, VatInvoiceRuns vatInvoiceRuns, TaxFiles files, EInvoices eInvoices) {
        this.documents = documents;
        this.vatInvoiceRuns = vatInvoiceRuns;
        this.files = files;
        this.eInvoices = eInvoices;
    }

    @GetMapping("/accounting")
    String page(@RequestParam(required = false) String period, Model model) {
        YearMonth month = period == null || period.isBlank() || !Period.isValid(period)
                ? YearMonth.from(Vilnius.today()) : Period.parse(period).first();
        Period billed = Period.month(month.minusMonths(1));
        model.addAttribute("month", month);
        model.addAttribute("billedMonth", billed);
        model.addAttribute("documents", documents.issuedIn(month));
        model.addAttribute("runs", vatInvoiceRuns.runs(billed));
        model.addAttribute("refusals", vatInvoiceRuns.refusals(billed));
        model.addAttribute("dueToBeRefused", vatInvoiceRuns.dueToBeRefused(billed));
        return "tax/accounting";
    }

    /** The job of the 10th for the month before, run now: it issues what is still due (after clients were completed). */
    @PostMapping("/accounting/vat-invoices")
    String runVatInvoices(@RequestParam String period) {
        YearMonth month = TaxFiles.month(period);
        vatInvoiceRuns.run(Period.month(month.minusMonths(1)), false, Actor.current());
        return "redirect:/accounting?period=" + month;
    }

    @GetMapping("/accounting/{period}/isaf.xml")
    @ResponseBody
    ResponseEntity<byte[]> isaf(@PathVariable String period) {
        YearMonth month = TaxFiles.month(period);
        return TaxApi.download(files.isaf(month), MediaType.APPLICATION_XML, "isaf-" + month + ".xml");
    }

    @GetMapping("/accounting/{period}/sales-register.csv")
    @ResponseBody
    ResponseEntity<byte[]> registerCsv(@PathVariable String period) {
        YearMonth month = TaxFiles.month(period);
        return TaxApi.download(files.registerCsv(month, locale()), TaxApi.CSV, "pardavimai-" + month + ".csv");
    }

    @GetMapping("/accounting/{period}/sales-register.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> registerXlsx(@PathVariable String period) {
        YearMonth month = TaxFiles.month(period);
        return TaxApi.download(files.registerXlsx(month, locale()), TaxApi.XLSX, "pardavimai-" + month + ".xlsx");
    }

    @GetMapping("/accounting/e-invoices/{id}")
    @ResponseBody
    ResponseEntity<byte[]> eInvoice(@PathVariable InvoiceId id) {
        return TaxApi.download(eInvoices.xml(id), MediaType.APPLICATION_XML, eInvoices.fileName(id));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
