package lt.pagalba.report;

import java.time.LocalDate;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The filter of the contract-hours and load reports, checked: a client or consultant who does not exist is
 * named as a wrong field, not answered with an empty report that looks like no work.
 */
@Component
class ReportInput {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    private final ClientDirectory clients;
    private final StaffDirectory staff;

    ReportInput(ClientDirectory clients, StaffDirectory staff) {
        this.clients = clients;
        this.staff = staff;
    }

    /** The days asked for, in the years a billing period can name (1900–9999, as {@link lt.pagalba.shared.Period}). */
    static ReportPeriod period(LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.of(from, to);
        if (outside(period.from())) {
            throw new InvalidInputException(FieldProblem.invalid("from", "report.period.years", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (outside(period.to())) {
            throw new InvalidInputException(FieldProblem.invalid("to", "report.period.years", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        return period;
    }

    private static boolean outside(LocalDate day) {
        return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR;
    }

    ReportFilter filter(ClientId clientId, String consultant, WorkCategory category) {
        ReportFilter filter = ReportFilter.of(clientId, consultant, category);
        if (filter.clientId() != null && clients.find(filter.clientId()).isEmpty()) {
            throw new InvalidInputException(FieldProblem.invalid("clientId", "report.filter.unknownClient", filter.clientId().text()));
        }
        if (filter.consultant() != null && staff.find(filter.consultant()).isEmpty()) {
            throw new InvalidInputException(FieldProblem.invalid("consultant", "report.filter.unknownConsultant", filter.consultant()));
        }
        return filter;
    }
}
