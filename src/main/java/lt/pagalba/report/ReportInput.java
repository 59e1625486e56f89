package lt.pagalba.report;

import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The filter of the contract-hours and load reports, checked: a client or consultant who does not exist is
 * named as a wrong field, not answered with an empty report that looks like no work.
 */
@Component
class ReportInput {

    private final ClientDirectory clients;
    private final StaffDirectory staff;

    ReportInput(ClientDirectory clients, StaffDirectory staff) {
        this.clients = clients;
        this.staff = staff;
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
