/**
 * Journal statements (išrašai, R11) for a client and a period, as PDF, XLSX and CSV, and the report
 * subscriptions (R12) without which no statement is e-mailed; subscribers by month or quarter get
 * theirs by themselves. The mail module listens for {@link lt.pagalba.statement.StatementEvents}.
 */
package lt.pagalba.statement;
