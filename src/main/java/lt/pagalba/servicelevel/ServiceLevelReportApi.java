package lt.pagalba.servicelevel;

import java.time.LocalDate;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service-level report for administrators and accountants (the current month unless asked), of one
 * client's requests or those one consultant leads when asked (requests have no category).
 */
@RestController
class ServiceLevelReportApi {

    private final ServiceLevelReport report;

    ServiceLevelReportApi(ServiceLevelReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/reports/service-levels")
    ServiceLevels get(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                      @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant) {
        return report.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, null));
    }
}
