package lt.pagalba.journal;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: billing runs, the pages and the reports read usage from the journal's monthly sums
 * ({@link UsageQuery#FROM_SUMS}), whose answer must be that of the entries themselves
 * ({@link UsageQuery#SQL}). Over one journal with everything that changes a
 * period's minutes (rounding and minimums of the client and of contracts that start and end within a
 * period, corrections made in later months, two corrections of one entry, one that takes all, deleted
 * entries and deleted corrections, both kinds of work, clients without work), both answer the same for
 * every period, and the figures are the rules' (B1, B3, B5).
 */
class UsageQueriesAgreeTests extends ApiTestSupport {


    @Autowired
    UsageReport usage;

    @Autowired
    HoursReport hours;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSumsAndTheEntriesAnswerTheSameForEveryPeriod() {
        PastJournal plain = journalOf("{\"period\":\"MONTH\",\"hourlyRate\":\"45\",\"incrementMinutes\":15,\"minimumMinutes\":30}");
        plain.entry(aWorkEntry().of(7).minutes().on("2025-10-01"));                  // -> 30
        String corrected = plain.entry(aWorkEntry().of(50).minutes().on("2025-10-31"));   // 50 - 10 - 25 = 15 -> 30
        plain.entry(aWorkEntry().of(-10).minutes().on("2025-11-02").correcting(corrected));
        plain.entry(aWorkEntry().of(-25).minutes().on("2025-12-01").correcting(corrected));
        String allTaken = plain.entry(aWorkEntry().of(40).minutes().on("2025-10-15"));    // -> 0
        plain.entry(aWorkEntry().of(-40).minutes().on("2025-10-16").correcting(allTaken));
        String undone = plain.entry(aWorkEntry().of(20).minutes().on("2025-10-20"));      // the correction is deleted: -> 30
        plain.deleted(plain.entry(aWorkEntry().of(-20).minutes().on("2025-10-21").correcting(undone)));
        plain.deleted(plain.entry(aWorkEntry().of(300).minutes().on("2025-10-22")));
        plain.entry(aWorkEntry().of(61).minutes().on("2025-10-23").as(ADDITIONAL_WORK)); // -> 75
        plain.entry(aWorkEntry().of(5).minutes().on("2025-11-30"));                   // November -> 30

        PastJournal changing = journalOf("{\"period\":\"MONTH\",\"incrementMinutes\":1}");
        changing.contract(aContract().from("2025-10-10").until("2025-11-14").monthly().roundedUpTo(60)
                .including(120, CONSULTATION).at("40.00"));
        changing.contract(aContract().from("2025-11-15").monthly().roundedUpTo(30).atLeast(45)
                .including(60, CONSULTATION).at("50.00"));
        changing.entry(aWorkEntry().of(10).minutes().on("2025-10-09"));               // the client's: 10
        changing.entry(aWorkEntry().of(10).minutes().on("2025-10-10"));               // the first contract's: 60
        String late = changing.entry(aWorkEntry().of(70).minutes().on("2025-11-14"));    // 70 - 20 = 50 -> 60
        changing.entry(aWorkEntry().of(-20).minutes().on("2026-01-05").correcting(late));
        changing.entry(aWorkEntry().of(10).minutes().on("2025-11-15"));               // the second's: 45
        changing.entry(aWorkEntry().of(50).minutes().on("2025-11-30").as(ADDITIONAL_WORK)); // 60

        PastJournal quarterly = journalOf("{\"period\":\"QUARTER\",\"incrementMinutes\":10,\"minimumMinutes\":0}");
        quarterly.contract(aContract().from("2025-01-01").until("2025-11-30").quarterly().roundedUpTo(15)
                .including(100, CONSULTATION).at("40.00").including(30, ADDITIONAL_WORK).at("45.00"));
        quarterly.entry(aWorkEntry().of(1).minutes().on("2025-10-01"));               // 15
        quarterly.entry(aWorkEntry().of(16).minutes().on("2025-11-30"));              // 30
        quarterly.entry(aWorkEntry().of(16).minutes().on("2025-12-01"));              // the client's again: 20
        quarterly.entry(aWorkEntry().of(44).minutes().on("2025-12-31").as(ADDITIONAL_WORK)); // 50
        quarterly.entry(aWorkEntry().of(30).minutes().on("2026-01-01"));              // next quarter

        PastJournal idle = journalOf("{\"period\":\"MONTH\"}");

        Map<ClientId, List<Period>> periods = new LinkedHashMap<>();
        periods.put(plain.id, List.of(Period.parse("2025-09"), Period.parse("2025-10"), Period.parse("2025-11"),
                Period.parse("2025-12")));
        periods.put(changing.id, List.of(Period.parse("2025-10"), Period.parse("2025-11"), Period.parse("2025-12")));
        periods.put(quarterly.id, List.of(Period.parse("2025-Q3"), Period.parse("2025-Q4"), Period.parse("2026-Q1")));
        periods.put(idle.id, List.of(Period.parse("2025-10")));

        Map<ClientId, Map<Period, Usage>> ofARun = usage.usageOfKnownClients(periods);
        Map<ClientId, Map<Period, Usage>> ofTheEntries = usage.usage(UsageQuery.SQL, periods);

        assertThat(ofARun).isEqualTo(ofTheEntries);
        periods.forEach((client, asked) -> assertThat(ofARun.get(client).keySet()).containsExactlyElementsOf(asked));
        assertThat(billable(ofARun, plain, "2025-10", CONSULTATION)).isEqualTo(30 + 30 + 0 + 30);
        assertThat(billable(ofARun, plain, "2025-10", ADDITIONAL_WORK)).isEqualTo(75);
        assertThat(billable(ofARun, plain, "2025-11", CONSULTATION)).isEqualTo(30);
        assertThat(billable(ofARun, plain, "2025-12", CONSULTATION)).as("a correction counts in its entry's month").isZero();
        assertThat(billable(ofARun, changing, "2025-10", CONSULTATION)).isEqualTo(10 + 60);
        assertThat(billable(ofARun, changing, "2025-11", CONSULTATION)).isEqualTo(60 + 45);
        assertThat(billable(ofARun, changing, "2025-11", ADDITIONAL_WORK)).isEqualTo(60);
        assertThat(ofARun.get(changing.id).get(Period.parse("2025-11")).of(CONSULTATION).includedMinutes())
                .as("the contract that started last governs the month").isEqualTo(60);
        assertThat(billable(ofARun, quarterly, "2025-Q4", CONSULTATION)).isEqualTo(15 + 30 + 20);
        assertThat(billable(ofARun, quarterly, "2025-Q4", ADDITIONAL_WORK)).isEqualTo(50);
        assertThat(ofARun.get(quarterly.id).get(Period.parse("2025-Q4")).of(ADDITIONAL_WORK).includedMinutes()).isEqualTo(30);
        assertThat(ofARun.get(quarterly.id).get(Period.parse("2026-Q1")).contractNumber()).isNull();
        assertThat(billable(ofARun, idle, "2025-10", CONSULTATION)).isZero();
    }

    /**
     * The hours report over the monthly sums (V82) for its whole months and the entries for the rest
     * answers as over the entries alone, for periods of whole months, parts of months and both, by client
     * and by category, for one client, one category and everyone.
     */
    @Test
    void theHoursReportFromMonthlySumsAnswersAsFromTheEntries() {
        PastJournal changing = journalOf("{\"period\":\"MONTH\",\"incrementMinutes\":5,\"minimumMinutes\":20}");
        changing.contract(aContract().from("2025-10-10").until("2025-11-14").monthly().roundedUpTo(60)
                .including(120, CONSULTATION).at("40.00"));
        changing.contract(aContract().from("2025-11-15").monthly().roundedUpTo(30).atLeast(45)
                .including(60, CONSULTATION).at("50.00"));
        changing.entry(aWorkEntry().of(7).minutes().on("2025-09-30"));
        changing.entry(aWorkEntry().of(10).minutes().on("2025-10-09"));
        changing.entry(aWorkEntry().of(10).minutes().on("2025-10-10"));
        String late = changing.entry(aWorkEntry().of(70).minutes().on("2025-11-14"));
        changing.entry(aWorkEntry().of(-20).minutes().on("2026-01-05").correcting(late));
        changing.deleted(changing.entry(aWorkEntry().of(300).minutes().on("2025-11-20")));
        changing.entry(aWorkEntry().of(10).minutes().on("2025-11-15"));
        changing.entry(aWorkEntry().of(50).minutes().on("2025-11-30").as(ADDITIONAL_WORK));
        changing.entry(aWorkEntry().of(95).minutes().on("2025-12-01").as(ADDITIONAL_WORK));
        changing.entry(aWorkEntry().of(3).minutes().on("2026-01-31"));
        PastJournal other = journalOf("{\"period\":\"QUARTER\",\"incrementMinutes\":10,\"minimumMinutes\":0}");
        other.entry(aWorkEntry().of(16).minutes().on("2025-10-31"));
        other.entry(aWorkEntry().of(44).minutes().on("2025-11-01").as(ADDITIONAL_WORK));

        List<ReportPeriod> periods = List.of(period("2025-10-01", "2025-10-31"), period("2025-10-10", "2025-11-14"),
                period("2025-10-01", "2025-12-31"), period("2025-11-15", "2025-11-15"), period("2025-09-20", "2026-01-10"),
                period("2025-09-01", "2026-01-31"), period("2025-11-02", "2025-12-31"));
        for (ReportPeriod period : periods) {
            for (HoursReport.By by : List.of(HoursReport.By.CLIENT, HoursReport.By.CATEGORY)) {
                for (ReportFilter filter : List.of(ReportFilter.of(changing.id, null, null), ReportFilter.of(other.id, null, null),
                        ReportFilter.of(changing.id, null, ADDITIONAL_WORK), ReportFilter.of(null, null, null))) {
                    assertThat(hours.ofMonths(period, filter, by)).as("%s by %s, %s", period, by, filter)
                            .isEqualTo(hours.ofEntries(period, filter, by));
                }
            }
        }
        List<HoursReport.Line> autumn = hours.ofMonths(period("2025-10-01", "2025-12-31"), ReportFilter.of(changing.id, null, null),
                HoursReport.By.CATEGORY);
        assertThat(autumn).extracting(HoursReport.Line::billableMinutes)
                .as("additional work 60 + 120 (145 minutes, first), consultation 20 + 60 + 60 + 45").containsExactly(180L, 185L);
    }

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static int billable(Map<ClientId, Map<Period, Usage>> usages, PastJournal client, String period,
                                lt.pagalba.shared.WorkCategory category) {
        return usages.get(client.id).get(Period.parse(period)).of(category).billableMinutes();
    }

    private PastJournal journalOf(String billing) {
        return PastJournal.of(admin(), jdbc, unique("UAB Dvi užklausos "), billing);
    }
}
