/**
 * Journal statements (išrašai, R11) of a client and a period as PDF, XLSX and CSV, and the report
 * subscriptions (R12) without which no statement is e-mailed: the outbox hears of a statement to send
 * through {@code StatementEvents} and reads its PDF from {@code StatementFiles}.
 */
@ApplicationModule(allowedDependencies = {"journal", "request", "contract", "client", "shared", "audit", "staff"})
package lt.pagalba.statement;

import org.springframework.modulith.ApplicationModule;
