/**
 * Staff members (administrators, consultants, accountants), their availability for urgent
 * requests, login with lockout, and personal API tokens.
 */
package lt.pagalba.staff;
