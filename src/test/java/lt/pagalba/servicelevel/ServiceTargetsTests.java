package lt.pagalba.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17's default targets counted on the default calendar, and whether a request kept them. */
class ServiceTargetsTests {

    private final WorkingClock clock = new WorkingClock(WorkingCalendar.standard());

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-13T10:00+02:00 | true  | 2026-01-13T10:30+02:00 | 2026-01-14T10:00+02:00 | urgent on a Tuesday morning",
            "2026-01-16T16:45+02:00 | true  | 2026-01-19T08:15+02:00 | 2026-01-19T16:45+02:00 | urgent late on a Friday",
            "2026-01-13T10:00+02:00 | false | 2026-01-14T10:00+02:00 | 2026-01-20T10:00+02:00 | normal on a Tuesday",
            "2026-01-17T11:00+02:00 | false | 2026-01-19T17:00+02:00 | 2026-01-23T17:00+02:00 | normal on a Saturday: counted from Monday 08:00",
            "2026-12-22T10:00+02:00 | false | 2026-12-23T10:00+02:00 | 2026-12-31T11:00+02:00 | normal before Christmas: two short days, three holidays"})
    void defaultTargetsAreCountedInWorkingTime(OffsetDateTime received, boolean urgent, OffsetDateTime firstContact,
                                               OffsetDateTime resolution, String why) {
        Deadlines due = ServiceTargets.deadlines(clock, received, Targets.defaults(urgent), List.of());
        assertThat(due.firstContactDue()).isEqualTo(firstContact);
        assertThat(due.resolutionDue()).isEqualTo(resolution);
    }

    @Test
    void waitingForTheClientMovesTheDeadlinesByTheWorkingTimeItTook() {
        OffsetDateTime received = OffsetDateTime.parse("2026-01-13T10:00+02:00");
        // the consultant asked at once and the client answered the next morning at 09:00: 8 working hours paused
        List<Pause> waiting = List.of(new Pause(OffsetDateTime.parse("2026-01-13T10:00+02:00"),
                OffsetDateTime.parse("2026-01-14T09:00+02:00")));
        Deadlines due = ServiceTargets.deadlines(clock, received, Targets.NORMAL, waiting);
        assertThat(due.firstContactDue()).isEqualTo(OffsetDateTime.parse("2026-01-15T09:00+02:00"));
        assertThat(due.resolutionDue()).isEqualTo(OffsetDateTime.parse("2026-01-21T09:00+02:00"));
    }

    @Test
    void aContractsFasterFirstContactKeepsTheResolutionTarget() {
        Targets promised = Targets.NORMAL.withFirstContact(WorkingSpan.ofMinutes(120));
        OffsetDateTime received = OffsetDateTime.parse("2026-01-13T16:00+02:00");
        Deadlines due = ServiceTargets.deadlines(clock, received, promised, List.of());
        assertThat(due.firstContactDue()).isEqualTo(OffsetDateTime.parse("2026-01-14T09:00+02:00"));
        assertThat(due.resolutionDue()).isEqualTo(OffsetDateTime.parse("2026-01-20T16:00+02:00"));
    }

    @Test
    void aContractsPromiseIsKeptOnlyWhereItIsFaster() {
        WorkingCalendar calendar = WorkingCalendar.standard();
        Targets normal = Targets.NORMAL.keeping(new Promise(120, 600), calendar);
        Targets urgent = Targets.URGENT.keeping(new Promise(120, 600), calendar);
        Targets half = Targets.NORMAL.keeping(new Promise(null, 1200), calendar);

        assertThat(normal).isEqualTo(new Targets(WorkingSpan.ofMinutes(120), WorkingSpan.ofMinutes(600)));
        assertThat(urgent).as("30 minutes and a working day of 540 are faster").isEqualTo(Targets.URGENT);
        assertThat(half).isEqualTo(new Targets(Targets.NORMAL.firstContact(), WorkingSpan.ofMinutes(1200)));
        assertThat(Targets.URGENT.keeping(Promise.NONE, calendar)).isEqualTo(Targets.URGENT);
    }

    @Test
    void aDeadlineIsMetUpToItsMinuteAndUnknownWhileOpen() {
        Deadlines due = new Deadlines(OffsetDateTime.parse("2026-01-13T10:30+02:00"), OffsetDateTime.parse("2026-01-14T10:00+02:00"));
        assertThat(due.met(OffsetDateTime.parse("2026-01-13T10:30+02:00"), null))
                .isEqualTo(new RequestTargets(due.firstContactDue(), due.resolutionDue(), true, null));
        assertThat(due.met(OffsetDateTime.parse("2026-01-13T08:31Z"), OffsetDateTime.parse("2026-01-14T10:00:01+02:00")))
                .isEqualTo(new RequestTargets(due.firstContactDue(), due.resolutionDue(), false, false));
        assertThat(due.met(null, null).firstContactMet()).isNull();
    }

    @Test
    void aWorkingDayIsAsLongAsTheLongestDayOfTheWeek() {
        assertThat(WorkingSpan.ofDays(1).minutesOn(WorkingCalendar.standard())).isEqualTo(540);
        assertThat(WorkingSpan.ofMinutes(30).minutesOn(WorkingCalendar.standard())).isEqualTo(30);
        assertThatThrownBy(() -> new WorkingSpan(30, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingSpan.ofMinutes(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
