package lt.pagalba.servicelevel;

/** What an administrator made of a date: a day off that the law does not give, or a working day. */
public enum DayKind {
    HOLIDAY, WORKING_DAY
}
