package lt.pagalba.shared;

/**
 * Which part of a period a report covers: one client's, one consultant's, one category's work, or
 * all of it where a field is null. A report to which a field means nothing leaves it out.
 */
public record ReportFilter(ClientId clientId, String consultant, WorkCategory category) {

    /** What the query parameters {@code clientId}, {@code consultant} and {@code category} ask for; blanks are none. */
    public static ReportFilter of(ClientId clientId, String consultant, WorkCategory category) {
        return new ReportFilter(clientId, Text.isBlank(consultant) ? null : consultant.trim(), category);
    }
}
