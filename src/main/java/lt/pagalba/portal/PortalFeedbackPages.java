package lt.pagalba.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import lt.pagalba.feedback.ClientFeedback;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * R16 on the portal: the contact rates a closed request of the company 1 to 5 with a word, once per
 * request, whether on the portal or through the e-mailed link (the feedback module's rules).
 */
@Controller
class PortalFeedbackPages {

    private final PortalRequestView view;
    private final ClientFeedback feedback;
    private final MessageSource messages;

    PortalFeedbackPages(PortalRequestView view, ClientFeedback feedback, MessageSource messages) {
        this.view = view;
        this.feedback = feedback;
        this.messages = messages;
    }

    @PostMapping("/portal/requests/{numberOrId}/feedback")
    String rate(PortalUser user, @PathVariable String numberOrId, @RequestParam(name = "rating", required = false) String rating,
                @RequestParam(name = "comment", required = false) String comment, Model model, HttpServletResponse response) {
        RequestView request = view.own(user, numberOrId);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            ClientFeedback.Outcome outcome = feedback.rate(request, user.email(), rating, comment);
            if (outcome == ClientFeedback.Outcome.RATED) {
                return "redirect:/portal/requests/" + request.number() + "?rated";
            }
            // rated through the link (or another tab) a moment ago, or the 30 days have passed
            response.setStatus(outcome == ClientFeedback.Outcome.ALREADY_RATED ? 409 : 410);
            errors.put("", text("portal.feedback." + outcome.name()));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), text(p.messageKey(), p.arguments())));
        } catch (ConflictException e) {
            response.setStatus(409);
            errors.put("", text(e.messageKey(), e.arguments()));
        }
        model.addAttribute("ratingErrors", errors);
        model.addAttribute("ratingChosen", rating == null ? "" : rating.strip());
        model.addAttribute("ratingComment", comment);
        return view.page(request, model);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
