package lt.pagalba.request;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.RequestParties.Parties;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registers requests (R1, R2, R4) and hands them on (R5, R6, R10). The client and contact are found
 * or made first, through the client module, and only then is the request written. From the phone,
 * the web form and the API that is two steps: a new client or contact is committed on its own
 * before the {@link Registrar} writes the request in a batch with others (holding the year's number
 * counter while clients are looked up would make every registration wait), so a registration that
 * fails after it leaves that client or contact behind, found again next time. The mail intake's
 * registrations and completions run in the caller's one transaction: client, contact, request and
 * message are kept or lost together.
 */
@Service
public class RequestIntake {

    private static final String DEFAULT_LANGUAGE = "lt";

    private final SupportRequests requests;
    private final RequestParties parties;
    private final Dispatcher dispatcher;
    private final RequiredInformation required;
    private final Registrar registrar;
    private final ApplicationEventPublisher events;

    RequestIntake(SupportRequests requests, RequestParties parties, Dispatcher dispatcher, RequiredInformation required,
                  Registrar registrar, ApplicationEventPublisher events) {
        this.requests = requests;
        this.parties = parties;
        this.dispatcher = dispatcher;
        this.required = required;
        this.registrar = registrar;
        this.events = events;
    }

    /**
     * Registers a complete request ({@link RequiredInformation#complete}): numbered, dispatched, and returned
     * once committed; in the caller's transaction, when it has one, returned once written in it.
     */
    public RequestView register(NewRequest request, Actor actor) {
        if (!request.isComplete()) {
            throw new IllegalArgumentException("Not a complete request: " + request.missingItems() + " missing");
        }
        PreparedRequest prepared = prepared(request, parties.ofComplete(request), actor, null);
        // a caller in a transaction (an API call with an Idempotency-Key) has the request written in it, with its key
        return TransactionSynchronizationManager.isActualTransactionActive() ? registrar.registerNow(prepared)
                : registrar.register(prepared);
    }

    /**
     * Registers what arrived even though R2 items are missing ({@link RequiredInformation#asGiven}, an
     * e-mail from an unknown sender): the request waits in {@code AWAITING_INFORMATION} with the list of
     * what is missing. With nothing missing it is registered complete and dispatched, as by
     * {@link #register}.
     */
    @Transactional
    public RequestView registerIncomplete(NewRequest request, Actor actor) {
        Parties found = parties.asFarAsNamed(request, null);
        return registrar.registerNow(prepared(request.missing(found.missing()), found, actor, null));
    }

    /**
     * Completes a request waiting for information with what a reply supplied: the supplied text is
     * judged (R2) together with what the request already has, so a typo in it is a missing item.
     * With nothing missing any more the request goes on.
     */
    @Transactional
    public RequestView complete(RequestId id, RequestRegistration supplied, Actor actor) {
        return completed(id, supplied, actor, parties::asFarAsNamed);
    }

    /**
     * Completes a request with what the sender typed on the public form's completion page: as
     * {@link #complete}, but on the sender's word only ({@link RequestParties#onTheSendersWord}), so no
     * client is made and no contact added; a company without a confirmed client is kept as typed.
     */
    @Transactional
    RequestView completeFromPublicForm(RequestId id, RequestRegistration supplied) {
        return completed(id, supplied, Actor.WEB_FORM, parties::onTheSendersWord);
    }

    private RequestView completed(RequestId id, RequestRegistration supplied, Actor actor,
                                  BiFunction<NewRequest, ClientRef, Parties> whoFrom) {
        SupportRequest request = requests.lock(id).orElseThrow(() -> new NotFoundException("request", id.text()));
        if (!request.awaitsInformation()) {
            return request.view();
        }
        RequestView current = request.view();
        String typed = current.client() == null ? requests.companyAsTyped(id).orElse(null) : null;
        NewRequest merged = required.asGiven(RequestRegistration.of(current, typed).filledFrom(supplied));
        Parties found = whoFrom.apply(merged, current.client());
        String permanent = found.client() == null ? null : found.client().permanentConsultant();
        Optional<Decision> dispatch = found.missing().isEmpty()
                ? Optional.of(dispatcher.decide(current.requestedConsultant(), permanent, current.urgent()))
                : Optional.empty();
        request.supply(found.clientRef(), found.contact(), merged.summary(), found.missing(), dispatch, actor);
        requests.save(request);
        if (found.client() == null && merged.companyName() != null) {
            requests.keepCompanyAsTyped(id, merged.companyName(), found.suggestedRef());
        }
        request.history().events().forEach(events::publishEvent);
        return request.view();
    }

    /** The request with its parties found, its dispatch decided and, from a form, its one-time key. */
    PreparedRequest prepared(NewRequest request, Parties found, Actor actor, UUID formKey) {
        String permanent = found.client() == null ? null : found.client().permanentConsultant();
        Optional<Decision> dispatch = request.isComplete()
                ? Optional.of(dispatcher.decide(request.requestedConsultant(), permanent, request.urgent()))
                : Optional.empty();
        // the client is answered in the language it wrote in, else the one its client record keeps
        String language = request.origin().language() != null ? request.origin().language()
                : found.client() != null ? found.client().language() : DEFAULT_LANGUAGE;
        return new PreparedRequest(RequestId.random(), request.from(request.origin().inLanguage(language)), found.clientRef(),
                found.contact(), dispatch, actor, formKey, found.suggestedRef());
    }
}
