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
        String basedOnNumber) {

    public enum Type { PROFORMA, VAT_INVOICE, CREDIT_NOTE }

    /** A seller or buyer as the invoice names them; the buyer's bank account may be unknown. */
    public record Party(String name, String companyCode, String vatCode, String address, String iban) {
        public Party {
            Objects.requireNonNull(name, "name");
        }
    }

    /** One row of the table; {@code hours} and {@code unitPrice} are empty for a fixed fee. */
    public record Line(String description, BigDecimal hours, String unit, BigDecimal unitPrice, BigDecimal amount) {
        public Line {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(amount, "amount");
        }
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
        if (!"lt".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("An invoice is written in lt or en, not " + language);
        }
        lines = List.copyOf(lines);
    }
}
