package lt.pagalba.feedback;

import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.request.Assignment;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestEvents.RequestClosed;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvitationId;
import lt.pagalba.shared.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R16: a closed request's contact is invited to rate the service, once per request: the invitation
 * is unique per request, so a redelivered close event (or a request closed again) invites nobody a
 * second time. Addresses that opted out get nothing. Mail hears of it and queues the e-mail.
 */
@Component
class FeedbackInviter {

    static final int VALID_DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(FeedbackInviter.class);

    private final Invitations invitations;
    private final FeedbackTokens tokens;
    private final RequestDesk requests;
    private final ClientDirectory clients;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    FeedbackInviter(Invitations invitations, FeedbackTokens tokens, RequestDesk requests, ClientDirectory clients,
                    ApplicationEventPublisher events, @Value("${pagalba.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.tokens = tokens;
        this.requests = requests;
        this.clients = clients;
        this.events = events;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(RequestClosed closed) {
        invite(closed);
    }

    /** Invites the request's contact; false when there is nobody to invite or they were invited before. */
    @Transactional
    boolean invite(RequestClosed closed) {
        String recipient = closed.contactEmail();
        if (recipient == null || recipient.isBlank()) {
            log.info("No feedback invitation for {}: its contact has no e-mail address", closed.number());
            return false;
        }
        if (invitations.optedOut(recipient)) {
            log.info("No feedback invitation for {}: {} asked for none", closed.number(), recipient);
            return false;
        }
        RequestView request = requests.get(closed.requestId());
        String language = languageOf(closed.clientId());
        FeedbackTokens.Issued token = tokens.issue();
        RequestId requestId = request.id();
        boolean created = create(request, closed.clientId(), recipient, language, token);
        if (created) {
            String link = baseUrl + FeedbackPages.PATH + "/" + token.token();
            events.publishEvent(new FeedbackEvents.FeedbackRequested(requestId, request.number(), request.summary(),
                    recipient.trim(), language, link + "?lang=" + language, link + "/" + FeedbackPages.OPT_OUT + "?lang=" + language));
        }
        return created;
    }

    /**
     * The request's invitation as the portal rates through it: the one e-mailed, or one made now when
     * the close was not heard yet or the address asked for no e-mails. Its link is thrown away, and the
     * close, heard later, then finds the invitation made and e-mails nobody. In the caller's transaction.
     */
    Invitation invitationFor(RequestView request, String recipient) {
        return invitations.forRequest(request.id()).orElseGet(() -> {
            ClientId client = request.client() == null ? null : request.client().id();
            create(request, client, recipient, languageOf(client), tokens.issue());
            return invitations.forRequest(request.id()).orElseThrow();
        });
    }

    private boolean create(RequestView request, ClientId client, String recipient, String language, FeedbackTokens.Issued token) {
        return invitations.create(new Invitations.NewInvitation(InvitationId.random(), request.id(), request.number(), client,
                token.hash(), recipient.trim(), language, request.assignments().stream().map(Assignment::consultant).toList(),
                VALID_DAYS));
    }

    private String languageOf(ClientId client) {
        return client == null ? "lt" : clients.find(client).map(Client::language).filter("en"::equals).orElse("lt");
    }
}
