package lt.pagalba.feedback;

import lt.pagalba.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Client ratings for integrations and reports, newest first (administrators only). */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackApi {

    private final Feedback feedback;

    FeedbackApi(Feedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    PageOf<Rating> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return feedback.ratings(PageOf.Request.of(page, size));
    }
}
