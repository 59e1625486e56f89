/**
 * Support requests (kreipiniai): the registration journal (R4), required information (R2),
 * dispatch to consultants, urgent requests, working groups (R5–R7, R10) and statuses.
 */
package lt.pagalba.request;
