package lt.pagalba.billing;

import java.time.LocalDate;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 17's money reports for administrators and accountants: revenue by supply month and client (the
 * current month unless asked), and the proformas unpaid on a day (today in Vilnius unless asked).
 */
@RestController
class MoneyReportsApi {

    private final RevenueReport revenue;
    private final ReceivablesReport receivables;

    MoneyReportsApi(RevenueReport revenue, ReceivablesReport receivables) {
        this.revenue = revenue;
        this.receivables = receivables;
    }

    @GetMapping("/api/v1/reports/revenue")
    RevenueReport.Revenue revenue(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                  @RequestParam(required = false) ClientId clientId) {
        return revenue.of(ReportPeriod.of(from, to), clientId);
    }

    @GetMapping("/api/v1/reports/receivables")
    ReceivablesReport.Receivables receivables(@RequestParam(required = false) LocalDate on,
                                              @RequestParam(required = false) ClientId clientId) {
        return receivables.on(ReceivablesReport.day(on), clientId);
    }
}
