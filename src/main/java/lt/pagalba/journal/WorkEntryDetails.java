package lt.pagalba.journal;

import java.util.List;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.DetailsContributor;
import org.springframework.stereotype.Component;

/** A request's details carry its work entries, corrections included (R11). */
@Component
class WorkEntryDetails implements DetailsContributor<RequestView> {

    private final WorkEntryViews views;

    WorkEntryDetails(WorkEntryViews views) {
        this.views = views;
    }

    @Override
    public String property() {
        return "workEntries";
    }

    @Override
    public Object detailsOf(RequestView request) {
        return views.ofRequest(request.id()); // the request is there: its owner just read it
    }

    @Override
    public Object detailsOfNew(RequestView request) {
        return List.of();
    }
}
