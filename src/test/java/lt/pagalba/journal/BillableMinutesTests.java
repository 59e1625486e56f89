package lt.pagalba.journal;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** B1, the money: every case runs through the Java rule and the SQL rule reports and billing use. */
class BillableMinutesTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} min at increment {1}, minimum {2} -> {3}")
    @CsvSource({
            // raw, increment, minimum, billable
            "50, 15, 0, 60",      // 0:50 at increment 15
            "7, 15, 30, 30",      // at least the minimum
            "45, 15, 0, 45",      // already on the increment
            "46, 15, 0, 60",
            "1, 1, 0, 1",         // the defaults: increment 1, minimum 0
            "1440, 1, 0, 1440",
            "1, 60, 0, 60",
            "61, 60, 90, 120",    // rounded up beyond the minimum
            "0, 15, 30, 0",       // nothing left is nothing billed, minimum or not
            "-5, 15, 30, 0"})
    void anEntryIsRoundedUpToTheIncrementAndAtLeastTheMinimum(int raw, int increment, int minimum, int billable) {
        assertThat(BillableMinutes.of(raw, increment, minimum)).isEqualTo(billable);
        assertThat(jdbc.sql("SELECT pagalba_billable_minutes(:raw, :inc, :min)").param("raw", raw)
                .param("inc", increment).param("min", minimum).query(Integer.class).single()).isEqualTo(billable);
    }

    @Test
    void anUnknownArgumentGivesNoAnswer() {
        assertThat(jdbc.sql("SELECT pagalba_billable_minutes(NULL, 15, 0) IS NULL AND pagalba_billable_minutes(50, NULL, 0) IS NULL"
                + " AND pagalba_billable_minutes(50, 15, NULL) IS NULL").query(Boolean.class).single()).isTrue();
    }

    /** Reports round a million entries of a year: the planner writes the rule into the query instead of calling it (V71). */
    @Test
    void theRuleIsInlinedIntoTheQueryThatRoundsEntries() {
        String plan = String.join("\n", jdbc.sql("EXPLAIN (VERBOSE) SELECT pagalba_billable_minutes(CAST(m AS int), 15, 30)"
                + " FROM generate_series(1, 3) AS m").query(String.class).list());
        assertThat(plan).doesNotContain("pagalba_billable_minutes").contains("CASE");
    }

    @ParameterizedTest(name = "correcting {0} (already {1}) by {2} at increment {3}, minimum {4} -> {5}")
    @CsvSource({
            // corrected raw, earlier corrections, correction, increment, minimum, billable effect
            "50, 0, -20, 15, 0, -30",    // 60 -> 30
            "50, 0, -5, 15, 0, -15",     // 60 -> 45
            "50, 0, -4, 15, 0, 0",       // 60 -> 46 rounds up to 60 again: no change
            "50, 0, -50, 15, 0, -60",    // all of it: minus the entry's billable minutes, never more
            "7, 0, -7, 15, 30, -30",     // the minimum goes with the entry
            "40, 0, -20, 15, 30, -15",   // 45 -> 20 raw, at least 30
            "50, -20, -10, 15, 0, 0",    // a second correction: 30 -> 20 rounds up to 30
            "90, -30, -60, 60, 0, -60"}) // the rest of it: 60 -> 0
    void aCorrectionIsBilledAsTheChangeItMakes(int raw, int earlier, int correction, int increment, int minimum, int effect) {
        assertThat(BillableMinutes.ofCorrection(raw, earlier, correction, increment, minimum)).isEqualTo(effect);
        assertThat(effect).isGreaterThanOrEqualTo(-BillableMinutes.of(raw, increment, minimum));
    }
}
