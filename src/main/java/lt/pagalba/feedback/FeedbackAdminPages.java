package lt.pagalba.feedback;

import java.util.List;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
        var ratings = new java.util.ArrayList<>(comments);
        followUps.forEach(f -> ratings.add(f.rating()));
        model.addAttribute("clientNames", clientNames.of(ratings));
        return "feedback/admin";
    }

    @PostMapping("/feedback/follow-ups/{id}/done")
    String done(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        FormErrors.refusal(messages, () -> feedback.completeFollowUp(id, note, Actor.current()))
                .ifPresentOrElse(message -> redirect.addFlashAttribute("actionError", message),
                        () -> redirect.addFlashAttribute("followUpDone", true));
        return "redirect:/feedback";
    }
}
