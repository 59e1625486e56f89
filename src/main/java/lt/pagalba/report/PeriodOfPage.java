package lt.pagalba.report;

import java.time.LocalDate;
import java.util.Locale;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * A report page's period: the one asked for, or, when it is backwards or too long, the current month with
 * the problem shown beside the dates (a page answers, where a download or the API refuses with a 422).
 */
final class PeriodOfPage {

    private PeriodOfPage() {
    }

    static ReportPeriod of(LocalDate from, LocalDate to, Model model, MessageSource messages, Locale locale) {
        try {
            return ReportPeriod.of(from, to);
        } catch (InvalidInputException refused) {
            FieldProblem problem = refused.problems().get(0);
            model.addAttribute("periodProblem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            return ReportPeriod.of(null, null);
        }
    }
}
