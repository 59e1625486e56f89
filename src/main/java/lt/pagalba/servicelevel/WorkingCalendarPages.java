package lt.pagalba.servicelevel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.Vilnius;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's working calendar page: the weekly hours, a year's days off, adding and removing days. */
@Controller
@RequestMapping("/working-calendar")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class WorkingCalendarPages {

    private static final String VIEW = "servicelevel/calendar";

    private final Timekeeper timekeeper;

    WorkingCalendarPages(Timekeeper timekeeper) {
        this.timekeeper = timekeeper;
    }

    @ModelAttribute("kinds")
    DayKind[] kinds() {
        return DayKind.values();
    }

    @GetMapping
    String page(@RequestParam(required = false) @Min(WorkingCalendar.FIRST_YEAR) @Max(WorkingCalendar.LAST_YEAR) Integer year,
                Model model) {
        WorkingCalendar calendar = timekeeper.calendar();
        model.addAttribute("hoursForm", HoursForm.of(calendar.hours()));
        model.addAttribute("dayForm", DayForm.blank());
        return show(calendar, year == null ? Vilnius.today().getYear() : year, model);
    }

    @PostMapping("/hours")
    String hours(@Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult result,
                 @RequestParam(defaultValue = "0") int year, Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> timekeeper.changeHours(form.toHours())) == null) {
            FormErrors.keepShowable(result, HoursForm.of(timekeeper.calendar().hours()), model);
            model.addAttribute("dayForm", DayForm.blank());
            return show(timekeeper.calendar(), shown(year), model);
        }
        redirect.addFlashAttribute("saved", "hours");
        return "redirect:/working-calendar?year=" + shown(year);
    }

    @PostMapping("/days")
    String addDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result,
                  @RequestParam(defaultValue = "0") int year, Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> timekeeper.addDay(form.date(), form.kind())) == null) {
            model.addAttribute("hoursForm", HoursForm.of(timekeeper.calendar().hours()));
            return show(timekeeper.calendar(), shown(year), model);
        }
        redirect.addFlashAttribute("saved", "day");
        return "redirect:/working-calendar?year=" + form.date().getYear();
    }

    @PostMapping("/days/{date}/remove")
    String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        timekeeper.removeDay(date);
        redirect.addFlashAttribute("saved", "removed");
        return "redirect:/working-calendar?year=" + shown(date.getYear());
    }

    private String show(WorkingCalendar calendar, int year, Model model) {
        model.addAttribute("page", CalendarPage.of(calendar, year));
        return VIEW;
    }

    /** The year the form was sent from, this year when it is missing or out of range. */
    private static int shown(int year) {
        return year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR ? Vilnius.today().getYear() : year;
    }
}
