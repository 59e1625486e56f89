package lt.pagalba.portal;

import java.util.Map;
import lt.pagalba.conversation.ClientConversation;
import lt.pagalba.feedback.ClientFeedback;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One of the company's requests as its page shows it, for every form on that page: the request found
 * together with the session's client, its lead, public conversation and rating.
 */
@Component
class PortalRequestView {

    private final RequestDesk desk;
    private final ClientConversation conversation;
    private final ClientFeedback feedback;
    private final StaffDirectory staff;

    PortalRequestView(RequestDesk desk, ClientConversation conversation, ClientFeedback feedback, StaffDirectory staff) {
        this.desk = desk;
        this.conversation = conversation;
        this.feedback = feedback;
        this.staff = staff;
    }

    /** The company's own request by its number or id; another company's is not found. */
    RequestView own(PortalUser user, String numberOrId) {
        return desk.findOfClient(user.clientId(), numberOrId).orElseThrow(() -> new NotFoundException("request", numberOrId));
    }

    /** The request page; a form that was refused has put its errors (and what was typed) in the model already. */
    String page(RequestView request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("lead", request.lead().flatMap(staff::find).map(StaffMember::fullName).orElse(null));
        model.addAttribute("entries", conversation.of(request));
        model.addAttribute("maxMegabytes", ClientConversation.MAX_MEGABYTES);
        model.addAttribute("feedback", feedback.of(request));
        for (String errors : new String[]{"detailsErrors", "ratingErrors"}) {
            if (!model.containsAttribute(errors)) {
                model.addAttribute(errors, Map.of());
            }
        }
        return "portal/request";
    }
}
