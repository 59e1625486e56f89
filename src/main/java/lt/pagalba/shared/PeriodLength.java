package lt.pagalba.shared;

/** How long a billing or contract period is: a calendar month or a calendar quarter. */
public enum PeriodLength {
    MONTH, QUARTER
}
