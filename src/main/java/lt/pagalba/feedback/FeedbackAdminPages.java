package lt.pagalba.feedback;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FollowUpId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's feedback page: averages by month and by consultant, the latest words, open follow-ups. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class FeedbackAdminPages {

    private final Feedback feedback;
    private final ClientNames clientNames;
    private final MessageSource messages;

    FeedbackAdminPages(Feedback feedback, ClientNames clientNames, MessageSource messages) {
        this.feedback = feedback;
        this.clientNames = clientNames;
        this.messages = messages;
    }

    @GetMapping("/feedback")
    String page(Model model) {
        List<Rating> comments = feedback.latestComments(30);
        List<FollowUp> followUps = feedback.openFollowUps();
        model.addAttribute("months", feedback.monthlyAverages());
        model.addAttribute("consultants", feedback.consultantAverages());
        model.addAttribute("comments", comments);
        model.addAttribute("followUps", followUps);
        List<Rating> ratings = new ArrayList<>(comments);
        followUps.forEach(f -> ratings.add(f.rating()));
        model.addAttribute("clientNames", clientNames.of(ratings));
        return "feedback/admin";
    }

    @PostMapping("/feedback/follow-ups/{id}/done")
    String done(@PathVariable FollowUpId id, @Valid FollowUpNote form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("actionError", messages.getMessage(result.getFieldErrors().get(0),
                    LocaleContextHolder.getLocale()));
        } else {
            feedback.completeFollowUp(id, form.text(), Actor.current());
            redirect.addFlashAttribute("followUpDone", true);
        }
        return "redirect:/feedback";
    }
}
