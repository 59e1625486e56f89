/**
 * The manager's reports page (issue 17): hours by client, consultant or category with their billable
 * minutes, and first contact and resolution against the targets, for a period and optionally one client
 * (named through the client directory), consultant (chosen from the staff's consultants) or category; the
 * hours also as CSV and XLSX. The figures are the journal's {@link lt.pagalba.journal.HoursReport} and service levels'
 * {@link lt.pagalba.servicelevel.ServiceLevelReport}, the same the API answers; this module only shows them.
 * So too the pages of revenue and of unpaid proformas (billing's {@link lt.pagalba.billing.RevenueReport} and
 * {@link lt.pagalba.billing.ReceivablesReport}) and of feedback by consultant and month (the feedback module's
 * {@link lt.pagalba.feedback.FeedbackReport}), each with its chart, table, CSV and XLSX.
 * Two more reports have pages of their own: contract hours (billable time included in the contract, beyond it and
 * without one), which is billing's {@link lt.pagalba.billing.ContractHours}, and the consultants' load (the
 * journal's hours by consultant against the working days of the service-level calendar), with their API
 * ({@code /api/v1/reports/contract-hours}, {@code /api/v1/reports/load}).
 */
@ApplicationModule(allowedDependencies = {"shared", "billing", "client", "feedback", "journal", "request", "servicelevel", "staff"})
package lt.pagalba.report;

import org.springframework.modulith.ApplicationModule;
