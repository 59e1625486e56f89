package lt.pagalba.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.pagalba.journal.HoursReport;
import lt.pagalba.servicelevel.Timekeeper;
import lt.pagalba.servicelevel.WorkingCalendar;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.staff.StaffMember;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The consultants' load (issue 17): each consultant's logged minutes in the period, the journal's own
 * {@link HoursReport} by consultant (corrections with the entries they correct, deleted entries not), beside
 * the period's working days from the working calendar (weekends, Lithuanian public holidays and the days an
 * administrator added off are not worked). Active consultants who logged nothing are listed with zero, unless
 * one consultant is asked for.
 */
@Component
class ConsultantLoad {

    private final HoursReport hours;
    private final Timekeeper timekeeper;
    private final StaffDirectory staff;

    ConsultantLoad(HoursReport hours, Timekeeper timekeeper, StaffDirectory staff) {
        this.hours = hours;
        this.timekeeper = timekeeper;
        this.staff = staff;
    }

    /** One consultant's line; {@code minutesPerWorkingDay} whole minutes rounded half-up, null without working days. */
    @Schema(name = "ConsultantLoadLine")
    record Line(String consultant, String name, long minutes, Long minutesPerWorkingDay) {
    }

    /** API's answer. */
    @Schema(name = "ConsultantLoad")
    record Load(LocalDate from, LocalDate to, int workingDays, List<Line> items, long totalMinutes) {
    }

    Load of(ReportPeriod period, ReportFilter filter, Locale locale) {
        int workingDays = workingDays(timekeeper.calendar(), period.from(), period.to());
        Map<String, Line> lines = new LinkedHashMap<>();
        for (HoursReport.Line line : hours.of(period, filter, HoursReport.By.CONSULTANT, locale).items()) {
            lines.put(line.key(), new Line(line.key(), line.name(), line.minutes(), perDay(line.minutes(), workingDays)));
        }
        if (filter.consultant() == null) {
            for (StaffMember member : staff.consultants()) {
                lines.putIfAbsent(member.username(), new Line(member.username(), member.fullName(), 0, perDay(0, workingDays)));
            }
        }
        List<Line> items = new ArrayList<>(lines.values());
        items.sort(Comparator.comparingLong(Line::minutes).reversed().thenComparing(Line::name));
        return new Load(period.from(), period.to(), workingDays, List.copyOf(items), items.stream().mapToLong(Line::minutes).sum());
    }

    /** The working days from {@code from} to {@code to}, both included. */
    static int workingDays(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    private static Long perDay(long minutes, int workingDays) {
        return workingDays == 0 ? null
                : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(workingDays), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
