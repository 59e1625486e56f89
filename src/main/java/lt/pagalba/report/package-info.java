/**
 * The manager's reports page (issue 17): hours by client, consultant or category with their billable
 * minutes, and first contact and resolution against the targets, for a period; the hours also as CSV and
 * XLSX. The figures are the journal's {@link lt.pagalba.journal.HoursReport} and service levels'
 * {@link lt.pagalba.servicelevel.ServiceLevelReport}, the same the API answers; this module only shows them.
 */
@ApplicationModule(allowedDependencies = {"shared", "journal", "servicelevel"})
package lt.pagalba.report;

import org.springframework.modulith.ApplicationModule;
