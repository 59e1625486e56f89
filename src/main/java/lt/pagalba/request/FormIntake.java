package lt.pagalba.request;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lt.pagalba.request.RequestParties.Parties;
import lt.pagalba.shared.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Registrations from the intake forms (the phone intake, the public form), once per form: each form
 * carries a one-time key ({@link FormKeys}) that is written with the request in its transaction.
 */
@Service
class FormIntake {

    private final RequestIntake intake;
    private final RequestParties parties;
    private final Registrar registrar;
    private final FormKeys formKeys;
    private final RequestViews views;

    FormIntake(RequestIntake intake, RequestParties parties, Registrar registrar, FormKeys formKeys, RequestViews views) {
        this.intake = intake;
        this.parties = parties;
        this.registrar = registrar;
        this.formKeys = formKeys;
        this.views = views;
    }

    /** A request sent from a form, and whether the form had already registered it before. */
    record FromForm(RequestView request, boolean repeated) {
    }

    /**
     * Registers a complete request sent from a staff form under the form's one-time key, once: the same
     * key sent again (a reload, a double click, Back and send) finds the request it registered. Two
     * sends racing are told apart by the key's primary key: the loser finds the winner's request.
     */
    FromForm registerOnce(UUID formKey, NewRequest request, Actor actor) {
        return once(formKey, request, () -> parties.ofComplete(request), actor);
    }

    /**
     * Registers a complete request from the public form, once per form key, on nobody's word but the
     * sender's: no client or contact is made or changed ({@link RequestParties#ofPublicForm}); a
     * request whose client is not confirmed keeps the company as typed for the administrator.
     */
    FromForm registerFromPublicForm(UUID formKey, NewRequest request) {
        return once(formKey, request, () -> parties.ofPublicForm(request), Actor.WEB_FORM);
    }

    private FromForm once(UUID formKey, NewRequest request, Supplier<Parties> whoFrom, Actor actor) {
        Optional<FromForm> earlier = registeredWith(formKey).map(found -> new FromForm(found, true));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!request.isComplete()) {
            throw new IllegalArgumentException("Not a complete request: " + request.missingItems() + " missing");
        }
        try {
            return new FromForm(registrar.register(intake.prepared(request, whoFrom.get(), actor, formKey)), false);
        } catch (DuplicateKeyException raced) {
            return registeredWith(formKey).map(found -> new FromForm(found, true)).orElseThrow(() -> raced);
        }
    }

    /** The request a form registered under this key, if it did. */
    Optional<RequestView> registeredWith(UUID formKey) {
        return formKeys.find(formKey).flatMap(views::find);
    }
}
