package lt.pagalba.request;

/** How a request arrived (R1). */
public enum Channel {
    PHONE, EMAIL, WEB
}
