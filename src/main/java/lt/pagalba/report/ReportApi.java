package lt.pagalba.report;

import java.time.LocalDate;
import lt.pagalba.billing.ContractHours;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.ApiAccessRules;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract-hours and load reports for administrators and accountants, the current month unless asked. */
@RestController
class ReportApi {

    private final ContractHours contractHours;
    private final ConsultantLoad load;
    private final ReportInput input;

    ReportApi(ContractHours contractHours, ConsultantLoad load, ReportInput input) {
        this.contractHours = contractHours;
        this.load = load;
        this.input = input;
    }

    @GetMapping("/api/v1/reports/contract-hours")
    ContractHours.Report contractHours(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                       @RequestParam(required = false) ClientId clientId,
                                       @RequestParam(required = false) String consultant,
                                       @RequestParam(required = false) WorkCategory category) {
        return contractHours.of(ReportInput.period(from, to), input.filter(clientId, consultant, category));
    }

    @GetMapping("/api/v1/reports/load")
    ConsultantLoad.Load load(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(required = false) String consultant, @RequestParam(required = false) ClientId clientId,
                             @RequestParam(required = false) WorkCategory category) {
        return load.of(ReportInput.period(from, to), input.filter(clientId, consultant, category), LocaleContextHolder.getLocale());
    }

    /** The reports are the managers'. */
    @Component
    static class AccessRules implements ApiAccessRules {

        @Override
        public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
            api.requestMatchers(HttpMethod.GET, "/api/v1/reports/contract-hours", "/api/v1/reports/load")
                    .hasAnyRole(Role.ADMINISTRATOR.name(), Role.ACCOUNTANT.name());
        }
    }
}
