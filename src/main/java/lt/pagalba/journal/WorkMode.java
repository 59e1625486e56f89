package lt.pagalba.journal;

/** How the consulting was done (R8); on site only as an exception, with a reason. */
public enum WorkMode {
    PHONE, EMAIL, REMOTE, ON_SITE
}
