package lt.pagalba.feedback;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lt.pagalba.request.RequestDesk;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The client's side of R16, without login: the link from the e-mail opens a form to rate the
 * request 1 to 5 with a word, once; and a way to ask for no more such e-mails. An altered or
 * unknown link answers 404, an expired one 410, a second answer 409: each with a page that says so.
 */
@Controller
@RequestMapping(FeedbackPages.PATH)
class FeedbackPages {

    static final String PATH = "/atsiliepimas";
    static final String OPT_OUT = "atsisakyti";

    private final Feedback feedback;
    private final RequestDesk requests;

    FeedbackPages(Feedback feedback, RequestDesk requests) {
        this.feedback = feedback;
        this.requests = requests;
    }

    @GetMapping("/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Feedback.Link link = feedback.open(token);
        if (link.outcome() != Feedback.Outcome.OPEN) {
            return state(link, model, response);
        }
        model.addAttribute("form", new RatingForm(null, ""));
        return form(token, link, model);
    }

    @PostMapping("/{token}")
    String rate(@PathVariable String token, @Valid @ModelAttribute("form") RatingForm form, BindingResult result,
                Model model, HttpServletResponse response) {
        // a form with errors answers 422 while the link can be used, else the link's own page
        Feedback.Link link = result.hasErrors() ? null : feedback.rate(token, form.answer());
        if (link == null) {
            link = feedback.open(token);
            if (link.outcome() == Feedback.Outcome.OPEN) {
                response.setStatus(422);
                return form(token, link, model);
            }
        }
        if (link.outcome() == Feedback.Outcome.ALREADY_RATED) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return state(link, model, response);
    }

    @GetMapping("/{token}/" + OPT_OUT)
    String optOutForm(@PathVariable String token, Model model, HttpServletResponse response) {
        Feedback.Link link = feedback.open(token);
        if (link.outcome() == Feedback.Outcome.INVALID) {
            return state(link, model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("recipient", link.invitation().recipient());
        return "feedback/opt-out";
    }

    @PostMapping("/{token}/" + OPT_OUT)
    String optOut(@PathVariable String token, Model model, HttpServletResponse response) {
        Feedback.Link link = feedback.optOut(token);
        if (link.outcome() == Feedback.Outcome.INVALID) {
            return state(link, model, response);
        }
        model.addAttribute("recipient", link.invitation().recipient());
        model.addAttribute("optedOut", true);
        return "feedback/opt-out";
    }

    private String form(String token, Feedback.Link link, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("number", link.invitation().requestNumber());
        model.addAttribute("summary", requests.get(link.invitation().requestId()).summary());
        return "feedback/rate";
    }

    /** The page for a link that cannot (or can no longer) be used, or the thank-you. */
    private String state(Feedback.Link link, Model model, HttpServletResponse response) {
        if (link.outcome() == Feedback.Outcome.INVALID) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (link.outcome() == Feedback.Outcome.EXPIRED
                || link.outcome() == Feedback.Outcome.ALREADY_RATED && response.getStatus() != HttpServletResponse.SC_CONFLICT) {
            // a used link is gone like an expired one; only a second answer sent with it conflicts (409)
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        model.addAttribute("outcome", link.outcome());
        model.addAttribute("number", link.invitation() == null ? null : link.invitation().requestNumber());
        return "feedback/state";
    }
}
