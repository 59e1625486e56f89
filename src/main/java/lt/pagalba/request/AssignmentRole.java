package lt.pagalba.request;

/** In a working group (R7): one lead, any number of members. */
public enum AssignmentRole {
    LEAD, MEMBER
}
