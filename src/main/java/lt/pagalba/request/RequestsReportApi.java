package lt.pagalba.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;
import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests received by channel and open by age, for administrators and accountants (the current month by day unless asked). */
@RestController
class RequestsReportApi {

    private final RequestsReport report;

    RequestsReportApi(RequestsReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/reports/requests")
    RequestsReport.ReceivedRequests get(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) String by, @RequestParam(required = false) ClientId clientId,
                                @RequestParam(required = false) String consultant) {
        return report.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, null), by(by), OffsetDateTime.now());
    }

    private static RequestsReport.By by(String text) {
        if (Text.isBlank(text)) {
            return RequestsReport.By.DAY;
        }
        return Arrays.stream(RequestsReport.By.values()).filter(b -> b.name().equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid("by", "report.requests.by.unknown", text)));
    }

    /** The report is the managers'. */
    @Component
    static class AccessRules implements ApiAccessRules {

        @Override
        public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
            api.requestMatchers(HttpMethod.GET, "/api/v1/reports/requests")
                    .hasAnyRole(Role.ADMINISTRATOR.name(), Role.ACCOUNTANT.name());
        }
    }
}
