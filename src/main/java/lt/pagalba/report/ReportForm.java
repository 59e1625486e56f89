package lt.pagalba.report;

import java.time.LocalDate;
import java.util.Locale;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The filter form the report pages share with /reports (period, consultant, category, and a client chosen from a
 * report's row): a wrong period is told beside the field and the current month shown instead, as /reports does.
 */
@Component
class ReportForm {

    private final MessageSource messages;
    private final ClientDirectory clients;
    private final StaffDirectory staff;

    ReportForm(MessageSource messages, ClientDirectory clients, StaffDirectory staff) {
        this.messages = messages;
        this.clients = clients;
        this.staff = staff;
    }

    ReportPeriod period(LocalDate from, LocalDate to, Model model, Locale locale) {
        ReportPeriod period;
        try {
            period = ReportInput.period(from, to);
        } catch (InvalidInputException refused) {
            FieldProblem problem = refused.problems().get(0);
            model.addAttribute("periodProblem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            period = ReportPeriod.of(null, null);
        }
        model.addAttribute("period", period);
        return period;
    }

    /** A client no longer known is dropped from the filter rather than refused: the page came from a link. */
    ReportFilter filter(ClientId clientId, String consultant, WorkCategory category, Model model) {
        var client = clientId == null ? null : clients.find(clientId).orElse(null);
        ReportFilter filter = ReportFilter.of(client == null ? null : client.id(), consultant, category);
        model.addAttribute("filter", filter);
        model.addAttribute("client", client);
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("categories", WorkCategory.values());
        return filter;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }
}
