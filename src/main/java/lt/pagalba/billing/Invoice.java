package lt.pagalba.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.WorkCategory;

/** An issued document as the API shows it. Money is text with two decimals; VAT rate a whole percent. */
public record Invoice(String id, String number, InvoiceType type, String clientId, String period, LocalDate issueDate,
                      LocalDate dueDate, Money net, String vatRate, Money vat, Money gross, String totalInWords,
                      InvoiceStatus status, LocalDate paidOn, String contractNumber, Party seller, Party buyer,
                      String language, String basedOn, String corrects, List<Line> lines) {

    public record Party(String name, String companyCode, String vatCode, String address, String iban) {
    }

    /** One line: the minutes it bills of a category and period, as hours × unit price = amount. */
    public record Line(String id, String description, WorkCategory category, String period, int minutes,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hours, Money unitPrice, Money amount) {
    }

    @JsonIgnore
    public boolean isLive() {
        return status != InvoiceStatus.CANCELLED;
    }
}
