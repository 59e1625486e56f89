package lt.pagalba.servicelevel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lt.pagalba.shared.Vilnius;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working calendar of a year (this year without {@code ?year=}); administrators change it. */
@RestController
@RequestMapping("/api/v1/working-calendar")
class WorkingCalendarApi {

    private final Timekeeper timekeeper;

    WorkingCalendarApi(Timekeeper timekeeper) {
        this.timekeeper = timekeeper;
    }

    @GetMapping
    CalendarYear get(@RequestParam(required = false) @Min(WorkingCalendar.FIRST_YEAR) @Max(WorkingCalendar.LAST_YEAR)
                     Integer year) {
        return CalendarYear.of(timekeeper.calendar(), year == null ? Vilnius.today().getYear() : year);
    }

    @PutMapping
    CalendarYear put(@Valid @RequestBody CalendarBody body) {
        CalendarChange change = body.toChange();
        return CalendarYear.of(timekeeper.change(change), change.year());
    }
}
