package lt.pagalba.request;

import lt.pagalba.shared.PageSection;

/**
 * A part of the request page that shows the request's timeline itself, merged with what its module
 * knows (the conversation with the client): the page renders it where its own timeline would be, and
 * leaves its own list out while such a part is shown.
 */
public interface TimelineSection extends PageSection<RequestView> {
}
