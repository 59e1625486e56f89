package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The money, case by case, with exact expected euros (B1–B7), on the real PostgreSQL. */
class BillingRunTests extends BillingTestSupport {

    @Test
    void tenHoursIncludedAndElevenAndAHalfUsedBillsOneAndAHalfHours() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2011-01-01").monthly()
                .including(600, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(400).minutes().on("2011-10-03"));
        entry(client, aWorkEntry().of(290).minutes().on("2011-10-20"));

        var invoice = invoiceOf(run("2011-10"), client.id());

        assertThat(invoice.path("type").asString()).isEqualTo("PROFORMA");
        assertThat(invoice.path("number").asString()).matches("IS-\\d{4}-\\d{6}");
        assertThat(invoice.path("lines").size()).isEqualTo(1);
        var line = invoice.path("lines").get(0);
        assertThat(line.path("category").asString()).isEqualTo("CONSULTATION");
        assertThat(line.path("period").asString()).isEqualTo("2011-10");
        assertThat(line.path("hours").asString()).isEqualTo("1.50");
        assertThat(line.path("unitPrice").asString()).isEqualTo("40.00");
        assertThat(line.path("amount").asString()).isEqualTo("60.00");
        assertThat(line.path("description").asString())
                .isEqualTo("Konsultavimo paslaugos, viršijus sutartyje numatytą laiką, 2011 m. spalis");
        assertThat(invoice.path("net").asString()).isEqualTo("60.00");
        assertThat(invoice.path("vatRate").asString()).isEqualTo("21");
        assertThat(invoice.path("vat").asString()).isEqualTo("12.60");
        assertThat(invoice.path("gross").asString()).isEqualTo("72.60");
        assertThat(invoice.path("totalInWords").asString()).isEqualTo("septyniasdešimt du eurai 60 ct");
        assertThat(invoice.path("status").asString()).isEqualTo("ISSUED");
        assertThat(invoice.path("buyer").path("companyCode").asString()).isNotBlank();
    }

    @Test
    void aQuarterContractIsBilledWhenTheQuarterEnds() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2012-01-01").quarterly()
                .including(600, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(300).minutes().on("2012-01-10"));
        entry(client, aWorkEntry().of(420).minutes().on("2012-03-31"));

        assertThat(invoiceOf(run("2012-01"), client.id())).as("January ends no quarter").isNull();
        assertThat(invoiceOf(run("2012-02"), client.id())).isNull();
        var march = invoiceOf(run("2012-03"), client.id());

        assertThat(march.path("lines").get(0).path("period").asString()).isEqualTo("2012-Q1");
        assertThat(march.path("lines").get(0).path("hours").asString()).isEqualTo("2.00");
        assertThat(march.path("net").asString()).isEqualTo("80.00");
        assertThat(march.path("lines").get(0).path("description").asString()).endsWith("2012 m. I ketvirtis");
    }

    @Test
    void bothCategoriesGetTheirOwnLinesAndTheIncrementAndMinimumApply() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2013-01-01").monthly().roundedUpTo(15).atLeast(30)
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(50).minutes().on("2013-05-02"));      // -> 60
        entry(client, aWorkEntry().of(7).minutes().on("2013-05-03"));       // -> 30 (minimum)
        entry(client, aWorkEntry().of(46).minutes().on("2013-05-04").as(ADDITIONAL_WORK));   // -> 60

        var invoice = invoiceOf(run("2013-05"), client.id());

        assertThat(invoice.path("lines").size()).isEqualTo(2);
        var consultation = invoice.path("lines").get(0);
        assertThat(consultation.path("hours").asString()).isEqualTo("0.50");      // 90 - 60 included
        assertThat(consultation.path("amount").asString()).isEqualTo("20.00");
        var additional = invoice.path("lines").get(1);
        assertThat(additional.path("category").asString()).isEqualTo("ADDITIONAL_WORK");
        assertThat(additional.path("hours").asString()).isEqualTo("1.00");
        assertThat(additional.path("amount").asString()).isEqualTo("50.00");
        assertThat(invoice.path("net").asString()).isEqualTo("70.00");
        assertThat(invoice.path("vat").asString()).isEqualTo("14.70");
        assertThat(invoice.path("gross").asString()).isEqualTo("84.70");
    }

    @Test
    void withoutAContractAllTimeIsBilledAtTheClientsRatesMonthlyOrQuarterly() {
        Customer monthly = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\",\"additionalWorkRate\":\"55.00\"}");
        Customer quarterly = clientWithRequest("{\"period\":\"QUARTER\",\"hourlyRate\":\"45.00\"}");
        entry(monthly, aWorkEntry().of(50).minutes().on("2014-02-10"));
        entry(monthly, aWorkEntry().of(30).minutes().on("2014-02-11").as(ADDITIONAL_WORK));
        entry(quarterly, aWorkEntry().of(60).minutes().on("2014-02-12"));

        var february = run("2014-02");
        var invoice = invoiceOf(february, monthly.id());
        assertThat(invoice.path("lines").get(0).path("description").asString()).isEqualTo("Konsultavimo paslaugos, 2014 m. vasaris");
        assertThat(invoice.path("lines").get(0).path("amount").asString()).isEqualTo("37.50");   // 50/60 × 45
        assertThat(invoice.path("lines").get(1).path("amount").asString()).isEqualTo("27.50");   // 30/60 × 55
        assertThat(invoice.path("net").asString()).isEqualTo("65.00");
        assertThat(invoiceOf(february, quarterly.id())).as("its quarter has not ended").isNull();

        var march = invoiceOf(run("2014-03"), quarterly.id());
        assertThat(march.path("net").asString()).isEqualTo("45.00");
        assertThat(march.path("lines").get(0).path("period").asString()).isEqualTo("2014-Q1");
    }

    @Test
    void eachLineIsRoundedHalfUpToCents() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"40.00\"}");
        entry(client, aWorkEntry().of(50).minutes().on("2015-06-01"));   // 50/60 × 40 = 33.333… -> 33.33
        entry(client, aWorkEntry().of(1).minutes().on("2015-06-02").as(ADDITIONAL_WORK)); // 1/60 × 40 = 0.666… -> 0.67

        var invoice = invoiceOf(run("2015-06"), client.id());

        assertThat(invoice.path("lines").get(0).path("amount").asString()).isEqualTo("33.33");
        assertThat(invoice.path("lines").get(1).path("amount").asString()).isEqualTo("0.67");
        assertThat(invoice.path("net").asString()).isEqualTo("34.00");
        assertThat(invoice.path("vat").asString()).isEqualTo("7.14");
        assertThat(invoice.path("gross").asString()).isEqualTo("41.14");
    }

    @Test
    void timeEnteredLateInABilledMonthIsBilledByTheNextRunAsTheDifference() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2016-01-01").monthly()
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(90).minutes().on("2016-10-05"));
        var october = invoiceOf(run("2016-10"), client.id());
        assertThat(october.path("net").asString()).isEqualTo("20.00");    // 30 min over

        entry(client, aWorkEntry().of(45).minutes().on("2016-10-28"));             // entered after October was billed
        entry(client, aWorkEntry().of(75).minutes().on("2016-11-07"));
        var november = invoiceOf(run("2016-11"), client.id());

        assertThat(november.path("lines").size()).isEqualTo(2);
        var late = november.path("lines").get(0);
        assertThat(late.path("period").asString()).isEqualTo("2016-10");
        assertThat(late.path("hours").asString()).isEqualTo("0.75");      // 75 over now − 30 billed
        assertThat(late.path("amount").asString()).isEqualTo("30.00");
        assertThat(late.path("description").asString()).endsWith("2016 m. spalis (vėliau įrašytas laikas)");
        assertThat(november.path("lines").get(1).path("period").asString()).isEqualTo("2016-11");
        assertThat(november.path("lines").get(1).path("amount").asString()).isEqualTo("10.00");
        assertThat(november.path("net").asString()).isEqualTo("40.00");
    }

    @Test
    void aCorrectionOfABilledMonthBecomesACreditLine() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2017-01-01").monthly()
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        String wrong = entry(client, aWorkEntry().of(180).minutes().on("2017-03-10"));
        assertThat(invoiceOf(run("2017-03"), client.id()).path("net").asString()).isEqualTo("80.00");   // 120 over

        entry(client, aWorkEntry().of(-90).minutes().on("2017-04-02").correcting(wrong));           // it was 90 minutes, not 180
        entry(client, aWorkEntry().of(240).minutes().on("2017-04-10"));
        var april = invoiceOf(run("2017-04"), client.id());

        var credit = april.path("lines").get(0);
        assertThat(credit.path("period").asString()).isEqualTo("2017-03");
        assertThat(credit.path("hours").asString()).isEqualTo("-1.50");    // 30 over now − 120 billed
        assertThat(credit.path("amount").asString()).isEqualTo("-60.00");
        assertThat(credit.path("description").asString()).endsWith("(pataisymas)");
        assertThat(april.path("lines").get(1).path("amount").asString()).isEqualTo("120.00");  // 180 over in April
        assertThat(april.path("net").asString()).isEqualTo("60.00");
    }

    @Test
    void aContractStartingMidMonthIsNotProrated() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        contract(client, aContract().from("2018-05-16").monthly()
                .including(120, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(60).minutes().on("2018-05-02"));             // before the contract, same month
        entry(client, aWorkEntry().of(90).minutes().on("2018-05-20"));

        var may = invoiceOf(run("2018-05"), client.id());

        assertThat(may.path("lines").get(0).path("hours").asString()).isEqualTo("0.50");   // 150 − 120, whole allowance
        assertThat(may.path("lines").get(0).path("unitPrice").asString()).isEqualTo("40.00");
        assertThat(may.path("contractNumber").asString()).startsWith("S-");
    }

    @Test
    void nothingToPayMeansNoInvoice() {
        Customer within = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(within, aContract().from("2019-01-01").monthly()
                .including(600, CONSULTATION).at("40.00").including(600, ADDITIONAL_WORK).at("50.00"));
        entry(within, aWorkEntry().of(300).minutes().on("2019-02-03"));
        Customer idle = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");

        var february = run("2019-02");

        assertThat(invoiceOf(february, within.id())).isNull();
        assertThat(invoiceOf(february, idle.id())).isNull();
    }

    @Test
    void aRunTwiceOrTwoAtOnceBillNothingTwiceAndNumbersStayGapless() throws Exception {
        List<Customer> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
            entry(client, aWorkEntry().of(60 + i).minutes().on("2020-07-0" + (i + 1)));
            clients.add(client);
        }
        List<Callable<String>> both = List.of(() -> run("2020-07").text(), () -> run("2020-07").text());
        var pool = Executors.newFixedThreadPool(2);
        List<String> answers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(both)) {
            answers.add(f.get());
        }
        pool.shutdown();
        String again = run("2020-07").text();

        assertThat(answers.get(0)).isEqualTo(answers.get(1)).isEqualTo(again);
        var invoices = accountant().get("/api/v1/invoices?period=2020-07&type=PROFORMA").json().path("items");
        List<Integer> numbers = new ArrayList<>();
        for (Customer client : clients) {
            int count = 0;
            for (var invoice : invoices) {
                if (invoice.path("clientId").asString().equals(client.id())) {
                    count++;
                    numbers.add(Integer.parseInt(invoice.path("number").asString().substring(8)));
                }
            }
            assertThat(count).as("one proforma per client").isEqualTo(1);
        }
        numbers.sort(Integer::compareTo);
        assertThat(numbers.get(2) - numbers.get(0)).as("consecutive").isEqualTo(2);
    }

    @Test
    void aDryRunShowsWithoutIssuing() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(client, aWorkEntry().of(120).minutes().on("2021-09-09"));

        var preview = accountant().post("/api/v1/billing-runs", "{\"period\":\"2021-09\",\"dryRun\":true}");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text()).contains(client.id(), "90.00");
        assertThat(accountant().get("/api/v1/invoices?clientId=" + client.id()).json().path("total").asInt()).isZero();
        assertThat(invoiceOf(run("2021-09"), client.id()).path("net").asString()).isEqualTo("90.00");
    }

    @Test
    void onlyTheAccountantRunsBillingAndBadPeriodsAreRefused() {
        assertThat(admin().post("/api/v1/billing-runs", "{\"period\":\"2022-01\"}").status()).isEqualTo(403);
        assertThat(accountant().post("/api/v1/billing-runs", "{\"period\":\"2022-13\"}").status()).isEqualTo(422);
        assertThat(accountant().post("/api/v1/billing-runs", "{\"period\":\"2022-Q1\"}").status()).isEqualTo(422);
        assertThat(accountant().post("/api/v1/billing-runs", "{}").errorFields()).containsExactly("period");
    }

    @Test
    void aPeriodThatIsNoMonthIsRefusedSayingHowAMonthIsWritten() {
        var refused = accountant().post("/api/v1/billing-runs", "{\"period\":\"2022-Q1\"}");

        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("period");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).isEqualTo("Atsiskaitymo mėnuo rašomas 2026-10.");
    }
}
