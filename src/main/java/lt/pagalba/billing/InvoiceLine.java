package lt.pagalba.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.UUID;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/**
 * One line of an invoice: the minutes it bills of a category and period, as hours × unit price =
 * amount. Its id is also the reference its work entries are locked under.
 */
public record InvoiceLine(String id, String description, WorkCategory category, Period period, int minutes,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hours, Money unitPrice, Money amount) {

    /** A line billing so many minutes at an hourly rate (B4: the amount rounded half-up to cents). */
    static InvoiceLine billing(String description, WorkCategory category, Period period, int minutes, Money rate) {
        return new InvoiceLine(UUID.randomUUID().toString(), description, category, period, minutes,
                BillingRules.hours(minutes), rate, BillingRules.amount(minutes, rate));
    }

    /** The same line on another document (a VAT invoice issued from a proforma). */
    InvoiceLine copied() {
        return new InvoiceLine(UUID.randomUUID().toString(), description, category, period, minutes, hours, unitPrice, amount);
    }

    /** The line taken back (a credit note): the same quantity and amount, negative. */
    InvoiceLine negated() {
        return new InvoiceLine(UUID.randomUUID().toString(), description, category, period, -minutes, hours.negate(),
                unitPrice, new Money(amount.amount().negate()));
    }
}
