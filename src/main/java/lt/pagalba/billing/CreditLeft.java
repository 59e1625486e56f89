package lt.pagalba.billing;

import lt.pagalba.shared.Money;

/** What is still left to take back on a line of a VAT invoice: its minutes and amount less every credit of it. */
record CreditLeft(int minutes, Money amount) {

    static CreditLeft wholeOf(InvoiceLine line) {
        return new CreditLeft(line.minutes(), line.amount());
    }

    CreditLeft less(InvoiceLine credit) {
        return new CreditLeft(minutes + credit.minutes(), amount.plus(credit.amount()));
    }

    boolean isNothing() {
        return minutes <= 0 && amount.compareTo(Money.ZERO) <= 0;
    }
}
