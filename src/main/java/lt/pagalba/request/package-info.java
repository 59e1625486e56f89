/**
 * Support requests (kreipiniai): the registration journal (R4), required information (R2),
 * dispatch to consultants, urgent requests, working groups (R5–R7, R10) and statuses.
 *
 * <p>Other modules' SQL reads requests only through the view {@code request_reference} (id, number,
 * client_id; migration V21).
 */
package lt.pagalba.request;
