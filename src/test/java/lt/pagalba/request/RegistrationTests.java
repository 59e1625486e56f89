package lt.pagalba.request;

import static lt.pagalba.request.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.DispatchPolicy.OnDuty;
import lt.pagalba.request.DispatchPolicy.Situation;
import lt.pagalba.request.DispatchPolicy.Wish;
import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.request.RequestEvents.RequestRegistered;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.request.RequestEvents.UrgentRequestUnassigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What registering and completing a request record: its first status, its timeline, its events (R2, R4–R6, R10). */
class RegistrationTests {

    private static final OnDuty JONAS = new OnDuty("jonas", "jonas@stekas.lt", 2);

    @Test
    void anUrgentRequestWithAConsultantOnDutyStartsAssignedAndTellsThem() {
        SupportRequest request = aRequest().urgent().registeredWith(decide(Optional.empty(), true, JONAS));

        assertThat(request.view().status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(request.view().lead()).contains("jonas");
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("REGISTERED", "ASSIGNED");
        assertThat(request.history().entries().get(0).details()).containsEntry("status", "ASSIGNED");
        assertThat(request.history().entries().get(1).details()).containsEntry("reason", "LEAST_LOADED");
        assertThat(request.history().events()).extracting(Object::getClass).containsExactly(RequestRegistered.class,
                RequestAssigned.class, UrgentRequestAssigned.class);
        assertThat(request.history().events().get(2)).isEqualTo(new UrgentRequestAssigned(request.id(), "2026-000001",
                "jonas", "jonas@stekas.lt", "UAB Pavyzdys", "Neatsidaro metinė ataskaita"));
    }

    @Test
    void anUrgentRequestWithNobodyOnDutyIsFlagged() {
        SupportRequest request = aRequest().urgent().registeredWith(decide(Optional.empty(), true));

        assertThat(request.view().status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(request.view().assignments()).isEmpty();
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("REGISTERED", "URGENT_UNASSIGNED");
        assertThat(request.history().events()).extracting(Object::getClass)
                .containsExactly(RequestRegistered.class, UrgentRequestUnassigned.class);
    }

    @Test
    void anOrdinaryRequestWithoutAWishWaitsForTheAdministrator() {
        SupportRequest request = aRequest().registeredWith(decide(Optional.empty(), false, JONAS));

        assertThat(request.view().status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("REGISTERED");
        assertThat(request.history().events()).extracting(Object::getClass).containsExactly(RequestRegistered.class);
        assertThat(request.view().requestedConsultantHonoured()).isNull();
    }

    /** R10: the wish is kept with what came of it, honoured or not. */
    @ParameterizedTest(name = "jonas asked for, {0}, on duty {1}: {2}")
    @CsvSource(textBlock = """
            true,  true,  HONOURED,    true,  ASSIGNED
            true,  false, NOT_ON_DUTY, false, REGISTERED
            false, false, INACTIVE,    false, REGISTERED
            """)
    void theRequestedConsultantAndWhatCameOfIt(boolean active, boolean onDuty, RequestedConsultantOutcome outcome,
                                               boolean honoured, RequestStatus status) {
        Decision decision = decide(Optional.of(new Wish("jonas", active)), false, onDuty ? List.of(JONAS) : List.of());
        SupportRequest request = aRequest().wishing("jonas").registeredWith(decision);

        assertThat(request.view().requestedConsultantOutcome()).isEqualTo(outcome);
        assertThat(request.view().requestedConsultantHonoured()).isEqualTo(honoured);
        assertThat(request.view().status()).isEqualTo(status);
        assertThat(request.history().entries().get(1).kind()).isEqualTo("REQUESTED_CONSULTANT");
        assertThat(request.history().entries().get(1).details()).containsEntry("consultant", "jonas")
                .containsEntry("outcome", outcome.name());
    }

    @Test
    void anUnknownRequestedConsultantIsKeptAsUnknown() {
        SupportRequest request = aRequest().wishing("Nežinomas").registeredWith(decide(Optional.of(Wish.NOBODY), false));
        assertThat(request.view().requestedConsultantOutcome()).isEqualTo(RequestedConsultantOutcome.UNKNOWN);
        assertThat(request.history().entries().get(1).details()).containsEntry("consultant", "Nežinomas");
    }

    @Test
    void aRequestMissingItemsWaitsAndIsNotDispatched() {
        SupportRequest request = aRequest().urgent().missing("contact.phone").registeredWith(null);

        assertThat(request.view().status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("REGISTERED");
        assertThat(request.history().entries().get(0).details()).containsEntry("missing", List.of("contact.phone"));
        assertThat(request.history().events()).extracting(Object::getClass).containsExactly(RequestRegistered.class);
    }

    @Test
    void suppliedInformationThatStillLacksAnItemKeepsTheRequestWaiting() {
        SupportRequest request = aRequest().in(RequestStatus.AWAITING_INFORMATION).missing("contact.phone", "summary").build();

        request.supply(RequestBuilder.CLIENT, RequestBuilder.ONA, null, List.of("summary"), Optional.empty(),
                SupportRequestTests.ADMIN);

        assertThat(request.view().status()).isEqualTo(RequestStatus.AWAITING_INFORMATION);
        assertThat(request.view().missingItems()).containsExactly("summary");
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("INFORMATION_SUPPLIED");
    }

    @Test
    void theLastMissingItemRegistersTheRequestAndDispatchesItTheSameWay() {
        SupportRequest request = aRequest().in(RequestStatus.AWAITING_INFORMATION).urgent().missing("summary").build();

        request.supply(RequestBuilder.CLIENT, RequestBuilder.ONA, "Neveikia", List.of(),
                Optional.of(decide(Optional.empty(), true, JONAS)), SupportRequestTests.ADMIN);

        assertThat(request.view().status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(request.history().entries()).extracting(TimelineEntry::kind)
                .containsExactly("INFORMATION_SUPPLIED", "STATUS_CHANGED", "ASSIGNED", "STATUS_CHANGED");
        assertThat(request.history().events()).filteredOn(UrgentRequestAssigned.class::isInstance).hasSize(1);
    }

    @Test
    void aRequestNotWaitingIsNotChangedBySuppliedInformation() {
        SupportRequest request = aRequest().in(RequestStatus.REGISTERED).build();
        request.supply(null, new ContactSnapshot(null, null, null, null, null, null), null, List.of(), Optional.empty(), SupportRequestTests.ADMIN);
        assertThat(request.view().contact()).isEqualTo(RequestBuilder.ONA);
        assertThat(request.history().entries()).isEmpty();
    }

    private static Decision decide(Optional<Wish> wish, boolean urgent, OnDuty... onDuty) {
        return decide(wish, urgent, List.of(onDuty));
    }

    private static Decision decide(Optional<Wish> wish, boolean urgent, List<OnDuty> onDuty) {
        return DispatchPolicy.decide(new Situation(wish, null, onDuty, urgent));
    }
}
