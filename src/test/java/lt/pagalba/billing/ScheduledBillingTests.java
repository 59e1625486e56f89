package lt.pagalba.billing;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executors;
import lt.pagalba.shared.Vilnius;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** B6: the run of the month just ended starts by itself, once, even when two instances fire together. */
@TestPropertySource(properties = {"pagalba.jobs.enabled=true", "pagalba.billing.schedule=-"})
class ScheduledBillingTests extends BillingTestSupport {

    @Autowired
    ScheduledBilling job;

    @Test
    void theLastMonthIsBilledOnceWhenTwoInstancesFireTogether() throws Exception {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        YearMonth last = YearMonth.from(Vilnius.today()).minusMonths(1);
        entry(client, aWorkEntry().of(60).minutes().on(last.atDay(3).toString()));

        var pool = Executors.newFixedThreadPool(2);
        for (var f : pool.invokeAll(List.of(() -> { job.runLastMonth(); return 1; }, () -> { job.runLastMonth(); return 2; }))) {
            f.get();
        }
        pool.shutdown();

        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'monthly-billing-run'").query(Long.class).single())
                .isEqualTo(1);
        var invoices = accountant().get("/api/v1/invoices?clientId=" + client.id() + "&type=PROFORMA").json().path("items");
        assertThat(invoices.size()).isEqualTo(1);
        assertThat(invoices.get(0).path("period").asString()).isEqualTo(last.toString());
        assertThat(invoices.get(0).path("net").asString()).isEqualTo("45.00");
    }
}
