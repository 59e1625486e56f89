package lt.pagalba.billing;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import lt.pagalba.PagalbaApplication;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * R17, issue 14 item 6: on the 10th every proforma of the month before still unpaid gets its VAT
 * invoice, once even when two instances on one database fire together; a buyer without what a VAT
 * invoice needs is refused and named; a proforma paid afterwards links to the VAT invoice issued.
 */
@TestPropertySource(properties = {"spring.application.name=pagalba-vat-job-tests", "pagalba.jobs.enabled=true",
        "pagalba.billing.schedule=-", "pagalba.billing.vat-invoice-schedule=-", "pagalba.statements.schedule=-"})
class VatInvoiceJobTests extends BillingTestSupport {

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    ScheduledVatInvoices job;

    @Autowired
    DataSource dataSource;

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void theTenthsJobIssuesOnceAcrossTwoInstancesAndAProformaPaidLaterLinksToIt() throws Exception {
        YearMonth last = YearMonth.from(Vilnius.today()).minusMonths(1);
        Customer complete = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(complete, aWorkEntry().of(60).minutes().on(last.atDay(3).toString()));
        String incomplete = nameOnlyClientWithWork(last);
        var run = run(last.toString());
        String proforma = invoiceOf(run, complete.id()).path("id").asString();
        String refused = invoiceOf(run, incomplete).path("id").asString();

        ScheduledVatInvoices other = secondInstance().getBean(ScheduledVatInvoices.class);
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> both = List.of(() -> { job.issueLastMonths(); return 1; }, () -> { other.issueLastMonths(); return 2; });
        for (var f : pool.invokeAll(both)) {
            f.get();
        }
        job.issueLastMonths();                                   // later the same day: the month is done
        pool.shutdown();

        var vatInvoices = accountant().get("/api/v1/invoices?clientId=" + complete.id() + "&type=VAT_INVOICE").json().path("items");
        assertThat(vatInvoices.size()).as("one VAT invoice").isEqualTo(1);
        JsonNode vat = vatInvoices.get(0);
        assertThat(vat.path("basedOn").asString()).isEqualTo(proforma);
        assertThat(vat.path("issuedBy").asString()).isEqualTo("system");
        assertThat(vat.path("issuer").isNull() || vat.path("issuer").path("name").isNull()).as("no one named in the settings")
                .isTrue();
        var runs = accountant().get("/api/v1/billing-runs/vat-invoice-runs?period=" + last).json().path("items");
        assertThat(runs.size()).isEqualTo(1);
        assertThat(runs.get(0).path("scheduled").asBoolean()).isTrue();
        assertThat(runs.get(0).path("issued").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(runs.get(0).path("refused").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM billing_refusal WHERE proforma_id = CAST(:id AS uuid)").param("id", refused)
                .query(Long.class).single()).isEqualTo(1);

        var paid = accountant().post("/api/v1/invoices/" + proforma + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(paid.field("status")).isEqualTo("PAID");
        assertThat(paid.field("vatInvoice")).as("links to the VAT invoice of the 10th").isEqualTo(vat.path("id").asString());
        assertThat(accountant().get("/api/v1/invoices?clientId=" + complete.id() + "&type=VAT_INVOICE").json().path("total")
                .asInt()).isEqualTo(1);

        assertThat(admin().patch("/api/v1/clients/" + incomplete, """
                {"street":"Savanorių pr. 5","city":"Vilnius","postcode":"03116","companyCode":"%s"}""".formatted(companyCode()))
                .status()).isEqualTo(200);
        var again = accountant().post("/api/v1/billing-runs/vat-invoice-runs", "{\"period\":\"%s\"}".formatted(last));
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.json().path("issued").asInt()).isEqualTo(1);
        assertThat(accountant().get("/api/v1/invoices/" + refused).field("vatInvoice")).isNotNull();
    }

    /** A client known only by its name (a phone call), with an hourly rate and an hour of work in the month. */
    private String nameOnlyClientWithWork(YearMonth month) {
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Skambutis "))).field("id");
        var request = Fixtures.phoneRequest(null, "s@skambutis.lt");
        request.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        entry(new Customer(clientId, requestId), aWorkEntry().of(60).minutes().on(month.atDay(4).toString()));
        return clientId;
    }

    /** A second instance of Pagalba on the same database, with its own scheduled jobs. */
    private ConfigurableApplicationContext secondInstance() throws SQLException {
        if (secondInstance == null) {
            String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
            // arguments, not default properties: the tests' own settings (jobs off) would win over those
            secondInstance = new SpringApplicationBuilder(PagalbaApplication.class).run("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--server.port=0", "--spring.application.name=pagalba-second-instance",
                    "--pagalba.jobs.enabled=true", "--pagalba.billing.schedule=-", "--pagalba.billing.vat-invoice-schedule=-",
                    "--pagalba.statements.schedule=-");
        }
        return secondInstance;
    }
}
