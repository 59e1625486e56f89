package lt.pagalba.statement;

/** How often a subscriber gets statements: only when staff send one, or after each month or quarter. */
public enum Frequency {
    ON_REQUEST, MONTH, QUARTER
}
