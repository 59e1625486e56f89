package lt.pagalba.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;

/**
 * One line of an invoice: the minutes it bills of a category and supply period at an hourly price,
 * so that minutes × price / 60, rounded half-up to cents, is exactly its amount (B4); {@code hours}
 * is the same quantity rounded for reading. Its id is also the reference its work entries are locked
 * under. A credit note's line names the line it takes back ({@code credits}); a document made from
 * another's line keeps it as {@code sourceLine}. A {@link LineUnit#C62} line is the one cent that
 * closes a line whose credits would otherwise leave or take a cent too much.
 *
 * @param vatPercent the VAT rate of the supply date (the end of the line's period), in percent
 */
public record InvoiceLine(String id, String description, WorkCategory category, Period period, int minutes,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hours, Money unitPrice, Money amount,
                          @JsonIgnore BigDecimal vatPercent, LineUnit unit, String credits, @JsonIgnore String sourceLine) {

    /** The days whose supply the line bills. */
    public record SupplyPeriod(LocalDate from, LocalDate to) {
    }

    /** A line billing so many minutes at an hourly rate (B4: the amount rounded half-up to cents). */
    static InvoiceLine billing(String description, WorkCategory category, Period period, int minutes, Money rate,
                               BigDecimal vatPercent) {
        return new InvoiceLine(newId(), description, category, period, minutes, BillingRules.hours(minutes), rate,
                BillingRules.amount(minutes, rate), vatPercent, LineUnit.MIN, null, null);
    }

    /** The same line on another document (a VAT invoice issued from a proforma), tracing back to this one. */
    InvoiceLine copied() {
        return new InvoiceLine(newId(), description, category, period, minutes, hours, unitPrice, amount, vatPercent, unit,
                null, id);
    }

    /** So many of this line's minutes taken back (a credit note), at its price and VAT rate. */
    InvoiceLine creditOf(int creditedMinutes, String sourceLine) {
        return new InvoiceLine(newId(), description, category, period, -creditedMinutes,
                BillingRules.hours(-creditedMinutes), unitPrice, BillingRules.amount(-creditedMinutes, unitPrice), vatPercent,
                LineUnit.MIN, id, sourceLine);
    }

    /** The cent (or cents) that makes what a credit note takes back of this line exactly what was left on it. */
    InvoiceLine roundingOf(Money difference, String text) {
        return new InvoiceLine(newId(), text, category, period, 0, BigDecimal.ZERO.setScale(2), new Money(difference.amount().abs()),
                difference, vatPercent, LineUnit.C62, id, null);
    }

    /** The same line billing another amount (what is left of it after credits), for the VAT of what it still bills. */
    InvoiceLine withAmount(Money left) {
        return new InvoiceLine(id, description, category, period, minutes, hours, unitPrice, left, vatPercent, unit, credits,
                sourceLine);
    }

    /** The supply period as days: the line's month or quarter. */
    @JsonProperty("supplyPeriod")
    public SupplyPeriod supplyPeriod() {
        return new SupplyPeriod(period.from(), period.to());
    }

    /** The VAT rate as the API writes it: a whole percent without decimals ({@code 21}). */
    @JsonProperty("vatRate")
    public String vatRate() {
        return vatPercent.stripTrailingZeros().toPlainString();
    }

    /** The quantity in the line's unit: minutes, or one piece (negative when it takes a cent away). */
    @JsonProperty("quantity")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal quantity() {
        return unit == LineUnit.MIN ? BigDecimal.valueOf(minutes) : BigDecimal.valueOf(amount.amount().signum());
    }

    /** True when quantity × price (per 60 minutes for minutes) rounded half-up to cents is the amount. */
    @JsonIgnore
    public boolean isExact() {
        Money product = unit == LineUnit.MIN ? BillingRules.amount(minutes, unitPrice)
                : Money.ofRounded(quantity().multiply(unitPrice.amount()));
        return product.equals(amount);
    }

    /** A line that takes something back or reduces what is billed. */
    @JsonIgnore
    public boolean isNegative() {
        return amount.amount().signum() < 0;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
