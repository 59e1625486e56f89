package lt.pagalba.servicelevel;

/**
 * What the contract valid on a request's day promises, in working minutes to first contact and to
 * resolution, each null where it promises nothing of its own (the contract module's view
 * {@code contract_service_promise}, V61).
 */
record Promise(Integer firstContactMinutes, Integer resolutionMinutes) {

    static final Promise NONE = new Promise(null, null);
}
