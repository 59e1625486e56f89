/**
 * E-mail: the outbox every outgoing message is written to (urgent notifications, automatic
 * replies, invoices) and the support mailbox reader that turns incoming mail into requests.
 */
package lt.pagalba.mail;
