package lt.pagalba.shared;

/** The two kinds of billable work (B2): konsultavimas and papildomi darbai. */
public enum WorkCategory {
    CONSULTATION, ADDITIONAL_WORK
}
