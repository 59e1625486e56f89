package lt.pagalba.staff;

/**
 * The home page as one staff member sees it: the subject of the parts other modules add to it
 * ({@code PageSection<Dashboard>}), which show what concerns this viewer.
 */
public record Dashboard(StaffMember viewer) {
}
