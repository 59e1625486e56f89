/**
 * E-mail: the outbox every outgoing message is written to (urgent notifications now; automatic
 * replies, invoices and statements later) and, later, the support mailbox reader.
 */
package lt.pagalba.mail;
