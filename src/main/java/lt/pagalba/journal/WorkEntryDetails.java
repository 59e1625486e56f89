package lt.pagalba.journal;

import lt.pagalba.request.RequestView;
import lt.pagalba.shared.DetailsContributor;
import org.springframework.stereotype.Component;

/** A request's details carry its work entries, corrections included (R11). */
@Component
class WorkEntryDetails implements DetailsContributor<RequestView> {

    private final ConsultationJournal journal;

    WorkEntryDetails(ConsultationJournal journal) {
        this.journal = journal;
    }

    @Override
    public String property() {
        return "workEntries";
    }

    @Override
    public Object detailsOf(RequestView request) {
        return journal.ofRequest(request.id());
    }
}
