package lt.pagalba.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.audit.AuditEntry;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.support.NoLiveNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The service-level module alone with its direct dependencies, on a real PostgreSQL. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import({EmbeddedDatabaseConfiguration.class, NoLiveNotices.class})
class ServiceLevelModuleTests {

    @Autowired
    Timekeeper timekeeper;

    @Autowired
    ServiceTargets targets;

    @Autowired
    AuditTrail audit;

    @Test
    void theDefaultCalendarIsStoredByTheMigration() {
        assertThat(timekeeper.calendar().hours()).isEqualTo(WeeklyHours.standard());
    }

    @Test
    void aDayOffAnAdministratorAddsMovesTheDeadlinesAtOnceAndIsAudited() {
        OffsetDateTime received = OffsetDateTime.parse("2030-01-14T10:00+02:00");
        assertThat(targets.deadlines(received, false, List.of()).firstContactDue())
                .isEqualTo(OffsetDateTime.parse("2030-01-15T10:00+02:00"));

        timekeeper.addDay(LocalDate.parse("2030-01-15"), DayKind.HOLIDAY);

        assertThat(targets.deadlines(received, false, List.of()).firstContactDue())
                .isEqualTo(OffsetDateTime.parse("2030-01-16T10:00+02:00"));
        AuditEntry entry = audit.historyOf("working-calendar", 10).get(0);
        assertThat(entry.subject()).isEqualTo("WORKING_CALENDAR");
        assertThat(entry.subjectId()).isEqualTo("2030-01-15");
        assertThat(entry.changes()).extracting(AuditEntry.Change::field).containsExactly("holidays");

        timekeeper.removeDay(LocalDate.parse("2030-01-15"));
        assertThat(timekeeper.calendar().addedHolidays(2030)).isEmpty();
    }

    @Test
    void newWeeklyHoursAreStoredAndCountedWith() {
        Map<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, OpeningHours.of("09:00", "13:00"));
        days.put(DayOfWeek.SATURDAY, OpeningHours.of("10:00", "14:00"));
        try {
            timekeeper.changeHours(new WeeklyHours(days));
            assertThat(timekeeper.calendar().hours().days()).isEqualTo(days);
            // a working day is now the longest day: 4 hours
            assertThat(targets.deadlines(OffsetDateTime.parse("2030-01-14T12:00+02:00"), false, List.of()).firstContactDue())
                    .isEqualTo(OffsetDateTime.parse("2030-01-19T13:00+02:00"));
        } finally {
            timekeeper.changeHours(WeeklyHours.standard());
        }
        assertThat(timekeeper.calendar().hours()).isEqualTo(WeeklyHours.standard());
    }
}
