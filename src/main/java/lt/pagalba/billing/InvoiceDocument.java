package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an invoice PDF shows, already computed: the PDF adds no arithmetic of its own, so the
 * paper and the stored invoice cannot disagree.
 *
 * @param dueDate         none on a credit note
 * @param contractNumber  none when the client has no contract
 * @param periodLabel     the billed period as it is printed, e.g. {@code 2026-10}
 * @param vatRate         in percent, e.g. {@code 21}
 * @param language        {@code lt} or {@code en}: the language of every text on the document
 * @param correctsNumber  on a credit note: the VAT invoice it corrects
 * @param basedOnNumber   on a VAT invoice: the proforma it was issued from
 * @param particulars     what the VAT law asks besides (art. 80, 83): supply date, issuer, reason, …
 */
record InvoiceDocument(
        Type type,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        Party seller,
        Party buyer,
        String contractNumber,
        String periodLabel,
        List<Line> lines,
        BigDecimal net,
        BigDecimal vatRate,
        BigDecimal vat,
        BigDecimal gross,
        String totalInWords,
        String language,
        String correctsNumber,
        String basedOnNumber,
        Particulars particulars) {

    public enum Type { PROFORMA, VAT_INVOICE, CREDIT_NOTE }

    /** A seller or buyer as the invoice names them; the buyer's bank account may be unknown. */
    public record Party(String name, String companyCode, String vatCode, String address, String iban, String bank) {
        public Party {
            Objects.requireNonNull(name, "name");
        }

        public Party(String name, String companyCode, String vatCode, String address, String iban) {
            this(name, companyCode, vatCode, address, iban, null);
        }
    }

    /**
     * One row of the table; {@code hours} and {@code unitPrice} are empty for a fixed fee. A line of
     * minutes ({@code minutes} given) prints them as hours and minutes ({@code 1 val. 40 min}) at the
     * hourly price, so quantity × price is the amount.
     */
    public record Line(String description, BigDecimal hours, String unit, BigDecimal unitPrice, BigDecimal amount,
                       Integer minutes) {
        public Line {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(amount, "amount");
        }

        public Line(String description, BigDecimal hours, String unit, BigDecimal unitPrice, BigDecimal amount) {
            this(description, hours, unit, unitPrice, amount, null);
        }
    }

    /** The VAT of one rate. */
    public record VatRow(BigDecimal rate, BigDecimal net, BigDecimal vat) {
    }

    /**
     * @param supplyDate        the day the services were supplied (the end of the latest supply period)
     * @param supplyPeriods     the supply periods of the lines, as printed
     * @param correctsIssueDate on a credit note: the day the corrected VAT invoice was issued
     * @param reason            on a credit note: why it corrects the invoice
     * @param issuerName        who issued it; none when Pagalba issued it by itself and no one is named
     * @param vatRows           the VAT per rate (more than one only when a rate changed between supply dates)
     * @param reverseCharge     the buyer accounts for the VAT (another EU state's VAT payer)
     */
    public record Particulars(LocalDate supplyDate, List<String> supplyPeriods, LocalDate correctsIssueDate, String reason,
                              String issuerName, String issuerPosition, List<VatRow> vatRows, boolean reverseCharge) {

        static final Particulars NONE = new Particulars(null, List.of(), null, null, null, null, List.of(), false);
    }

    /** A document without the particulars (the layout of every part but those). */
    InvoiceDocument(Type type, String number, LocalDate issueDate, LocalDate dueDate, Party seller, Party buyer,
                    String contractNumber, String periodLabel, List<Line> lines, BigDecimal net, BigDecimal vatRate,
                    BigDecimal vat, BigDecimal gross, String totalInWords, String language, String correctsNumber,
                    String basedOnNumber) {
        this(type, number, issueDate, dueDate, seller, buyer, contractNumber, periodLabel, lines, net, vatRate, vat, gross,
                totalInWords, language, correctsNumber, basedOnNumber, Particulars.NONE);
    }

    public InvoiceDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(totalInWords, "totalInWords");
        Objects.requireNonNull(particulars, "particulars");
        if (!"lt".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("An invoice is written in lt or en, not " + language);
        }
        lines = List.copyOf(lines);
    }

    /** The supply date is printed when it is not the issue date (PVMĮ art. 80). */
    public boolean showsSupplyDate() {
        return particulars.supplyDate() != null && !particulars.supplyDate().equals(issueDate);
    }
}
