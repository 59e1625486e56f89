package lt.pagalba.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;
import org.junit.jupiter.api.Test;

/** The ranges a lock adds cover exactly what no earlier range covers, up to the run's last entry. */
class RangeCutterTests {

    private static final ClientId CLIENT = ClientId.random();
    private static final WorkCategory CONSULTATION = WorkCategory.CONSULTATION;
    private static final Period SEPTEMBER = Period.month(YearMonth.of(2026, 9));
    private static final Period Q3 = Period.of(LocalDate.of(2026, 7, 1), PeriodLength.QUARTER);

    private static LockRange lock(Period period) {
        return new LockRange(CLIENT, CONSULTATION, period, "new");
    }

    private static BilledRange earlier(LocalDate from, LocalDate to, long seqFrom, long seqTo) {
        return new BilledRange(CLIENT, CONSULTATION, from, to, seqFrom, seqTo, "old");
    }

    private static String text(List<BilledRange> ranges) {
        return String.join(" ", ranges.stream().map(r -> r.from() + ".." + r.to() + "(" + r.seqFrom() + "," + r.seqTo() + "]").toList());
    }

    @Test
    void aFirstRunCoversThePeriodUpToItsLastEntry() {
        assertThat(text(RangeCutter.cut(lock(SEPTEMBER), 500, List.of()))).isEqualTo("2026-09-01..2026-09-30(0,500]");
    }

    @Test
    void aLaterRunCoversOnlyWhatWasWrittenSinceInThatPeriod() {
        var september = earlier(SEPTEMBER.from(), SEPTEMBER.to(), 0, 500);
        var august = earlier(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), 0, 400);
        assertThat(text(RangeCutter.cut(lock(SEPTEMBER), 700, List.of(september, august))))
                .isEqualTo("2026-09-01..2026-09-30(500,700]");
        assertThat(RangeCutter.cut(lock(SEPTEMBER), 500, List.of(september))).as("nothing written since").isEmpty();
    }

    @Test
    void aCancelledRangeLeavesAHoleTheNextRunFills() {
        // (0,500] billed and cancelled; (500,600] billed by the next run; the run after covers both gaps
        var kept = earlier(SEPTEMBER.from(), SEPTEMBER.to(), 500, 600);
        assertThat(text(RangeCutter.cut(lock(SEPTEMBER), 800, List.of(kept))))
                .isEqualTo("2026-09-01..2026-09-30(0,500] 2026-09-01..2026-09-30(600,800]");
    }

    @Test
    void aQuarterAfterMonthlyBillingIsCutAtTheMonthsEdges() {
        var july = earlier(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), 0, 300);
        assertThat(text(RangeCutter.cut(lock(Q3), 900, List.of(july))))
                .isEqualTo("2026-07-01..2026-07-31(300,900] 2026-08-01..2026-09-30(0,900]");
    }

    @Test
    void rangesOfEntriesLockedBeforeRangesAreCutAround() {
        // V64 turned each reference's old locks into one range of its own days and numbers
        var old = earlier(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 12), 40, 45);
        assertThat(text(RangeCutter.cut(lock(SEPTEMBER), 100, List.of(old)))).isEqualTo(
                "2026-09-01..2026-09-09(0,100] 2026-09-10..2026-09-12(0,40] 2026-09-10..2026-09-12(45,100] 2026-09-13..2026-09-30(0,100]");
    }
}
