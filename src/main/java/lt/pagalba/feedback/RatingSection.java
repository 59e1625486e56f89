package lt.pagalba.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.RequestId;
import org.springframework.stereotype.Component;

/** The request page shows whether its contact was asked for feedback, and the answer when there is one. */
@Component
class RatingSection implements PageSection<RequestView> {

    private final Feedback feedback;

    RatingSection(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "feedback/request-section";
    }

    @Override
    public Optional<Map<String, Object>> model(RequestView request) {
        RequestId id = RequestId.parse(request.id());
        Map<String, Object> model = new HashMap<>();
        model.put("invitation", feedback.invitationFor(id).orElse(null));
        model.put("rating", feedback.ratingOf(id).orElse(null));
        model.put("followUp", feedback.followUpOf(id).orElse(null));
        return Optional.of(model);
    }
}
