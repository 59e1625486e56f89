package lt.pagalba.request;

import static lt.pagalba.request.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.request.RequestEvents.RequestClosed;
import lt.pagalba.request.RequestEvents.RequestStatusChanged;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

/** A request's own rules: which status moves it allows, who may change its working group, what each change records. */
class SupportRequestTests {

    static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR.name()));
    static final Actor JONAS = new Actor("jonas", Set.of(Role.CONSULTANT.name()));
    static final Actor ONA = new Actor("ona", Set.of(Role.CONSULTANT.name()));
    static final Actor PETRAS = new Actor("petras", Set.of(Role.CONSULTANT.name()));

    /** Every move from every status; a request from ASSIGNED on has its lead, jonas. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(textBlock = """
            AWAITING_INFORMATION, AWAITING_INFORMATION, request.status.notAllowed
            AWAITING_INFORMATION, REGISTERED,           moves
            AWAITING_INFORMATION, ASSIGNED,             request.status.notAllowed
            AWAITING_INFORMATION, IN_PROGRESS,          request.status.notAllowed
            AWAITING_INFORMATION, RESOLVED,             request.status.notAllowed
            AWAITING_INFORMATION, CLOSED,               moves
            REGISTERED,           AWAITING_INFORMATION, request.status.notAllowed
            REGISTERED,           REGISTERED,           request.status.notAllowed
            REGISTERED,           ASSIGNED,             request.status.needsLead
            REGISTERED,           IN_PROGRESS,          request.status.notAllowed
            REGISTERED,           RESOLVED,             request.status.notAllowed
            REGISTERED,           CLOSED,               moves
            ASSIGNED,             AWAITING_INFORMATION, request.status.notAllowed
            ASSIGNED,             REGISTERED,           request.status.hasLead
            ASSIGNED,             ASSIGNED,             request.status.notAllowed
            ASSIGNED,             IN_PROGRESS,          moves
            ASSIGNED,             RESOLVED,             moves
            ASSIGNED,             CLOSED,               moves
            IN_PROGRESS,          AWAITING_INFORMATION, request.status.notAllowed
            IN_PROGRESS,          REGISTERED,           request.status.notAllowed
            IN_PROGRESS,          ASSIGNED,             request.status.notAllowed
            IN_PROGRESS,          IN_PROGRESS,          request.status.notAllowed
            IN_PROGRESS,          RESOLVED,             moves
            IN_PROGRESS,          CLOSED,               moves
            RESOLVED,             AWAITING_INFORMATION, request.status.notAllowed
            RESOLVED,             REGISTERED,           request.status.notAllowed
            RESOLVED,             ASSIGNED,             request.status.notAllowed
            RESOLVED,             IN_PROGRESS,          moves
            RESOLVED,             RESOLVED,             request.status.notAllowed
            RESOLVED,             CLOSED,               moves
            CLOSED,               AWAITING_INFORMATION, request.status.notAllowed
            CLOSED,               REGISTERED,           request.status.notAllowed
            CLOSED,               ASSIGNED,             request.status.notAllowed
            CLOSED,               IN_PROGRESS,          request.status.notAllowed
            CLOSED,               RESOLVED,             request.status.notAllowed
            CLOSED,               CLOSED,               request.status.notAllowed
            """)
    void theStatusMovesOnlyAlongItsTransitions(RequestStatus from, RequestStatus to, String outcome) {
        boolean led = from.compareTo(RequestStatus.ASSIGNED) >= 0;
        SupportRequest request = aRequest().in(from).ledBy(led ? "jonas" : null).build();

        if (outcome.equals("moves")) {
            request.changeStatus(to, null, ADMIN);
            assertThat(request.view().status()).isEqualTo(to);
            assertThat(request.history().events()).contains(new RequestStatusChanged(request.id(), "2026-000001", from, to));
            assertThat(request.history().entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo("STATUS_CHANGED");
                assertThat(e.details()).containsEntry("from", from.name()).containsEntry("to", to.name());
            });
        } else {
            assertThatThrownBy(() -> request.changeStatus(to, null, ADMIN))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo(outcome));
            assertThat(request.view().status()).isEqualTo(from);
            assertThat(request.history().entries()).isEmpty();
        }
    }

    @Test
    void aRegisteredRequestThatHasALeadMayBeAssigned() {
        SupportRequest request = aRequest().in(RequestStatus.REGISTERED).ledBy("jonas").build();
        request.changeStatus(RequestStatus.ASSIGNED, null, ADMIN);
        assertThat(request.view().status()).isEqualTo(RequestStatus.ASSIGNED);
    }

    @Test
    void closingTellsWhomToAskForFeedbackAndTheNoteIsKept() {
        SupportRequest request = aRequest().in(RequestStatus.RESOLVED).ledBy("jonas").build();

        request.changeStatus(RequestStatus.CLOSED, "  Ačiū  ", JONAS);

        assertThat(request.history().events()).contains(new RequestClosed(request.id(), "2026-000001",
                RequestBuilder.CLIENT.id(), "ona@pavyzdys.lt"));
        assertThat(request.history().entries().get(0).details()).containsEntry("note", "Ačiū");
        assertThat(request.history().entries().get(0).actor()).isEqualTo("jonas");
    }

    /** Who may move a request: an administrator or anyone on it. */
    @ParameterizedTest(name = "{0} moves it: {1}")
    @CsvSource(textBlock = """
            admin,  true
            jonas,  true
            ona,    true
            petras, false
            """)
    void onlyAnAdministratorOrSomeoneOnTheRequestMovesIt(String who, boolean allowed) {
        SupportRequest request = aRequest().in(RequestStatus.ASSIGNED).ledBy("jonas").withMember("ona").build();
        Actor actor = actor(who);
        if (allowed) {
            request.changeStatus(RequestStatus.IN_PROGRESS, null, actor);
            assertThat(request.view().status()).isEqualTo(RequestStatus.IN_PROGRESS);
        } else {
            assertThatThrownBy(() -> request.changeStatus(RequestStatus.IN_PROGRESS, null, actor))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** R7: who may add whom, in which role. */
    @ParameterizedTest(name = "{0} adds {1} as {2}: {3}")
    @CsvSource(textBlock = """
            admin,  petras, LEAD,   allowed
            admin,  petras, MEMBER, allowed
            jonas,  petras, MEMBER, allowed
            jonas,  petras, LEAD,   refused
            ona,    petras, MEMBER, refused
            petras, petras, MEMBER, refused
            admin,  nobody, MEMBER, not a consultant
            admin,  left,   MEMBER, not a consultant
            admin,  rasa,   MEMBER, not a consultant
            """)
    void theLeadAddsMembersAndAnAdministratorAnyone(String who, String consultant, AssignmentRole role, String outcome) {
        SupportRequest request = aRequest().in(RequestStatus.ASSIGNED).ledBy("jonas").withMember("ona").build();
        Runnable assign = () -> request.assign(consultant, staffMember(consultant), role, actor(who));
        switch (outcome) {
            case "allowed" -> {
                assign.run();
                assertThat(request.view().assignments()).extracting(Assignment::consultant).contains(consultant);
                assertThat(request.history().events()).contains(new RequestAssigned(request.id(), "2026-000001", consultant, role, false));
            }
            case "refused" -> assertThatThrownBy(assign::run).isInstanceOf(AccessDeniedException.class);
            default -> assertThatThrownBy(assign::run).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems().get(0).field()).isEqualTo("consultant"));
        }
    }

    @Test
    void aNewLeadTakesOverAndTheOldOneStaysOnAsAMember() {
        SupportRequest request = aRequest().in(RequestStatus.IN_PROGRESS).ledBy("jonas").build();

        request.assign("ona", staffMember("ona"), AssignmentRole.LEAD, ADMIN);

        assertThat(request.view().assignments()).extracting(Assignment::consultant, Assignment::role)
                .containsExactly(tuple("ona", AssignmentRole.LEAD),
                        tuple("jonas", AssignmentRole.MEMBER));
        assertThat(request.groupWrites()).extracting(w -> ((WorkingGroup.Placed) w).consultant()).containsExactly("jonas", "ona");
        assertThat(request.view().status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void theDemotedLeadIsWrittenOnTheTimeline() {
        SupportRequest request = aRequest().in(RequestStatus.IN_PROGRESS).ledBy("jonas").build();

        request.assign("ona", staffMember("ona"), AssignmentRole.LEAD, ADMIN);

        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("LEAD_DEMOTED", "ASSIGNED");
        assertThat(request.history().entries().get(0).details()).containsEntry("consultant", "jonas").containsEntry("newLead", "ona");
    }

    @Test
    void assigningTheSameLeadOrMemberAgainRecordsNothing() {
        SupportRequest request = aRequest().in(RequestStatus.IN_PROGRESS).ledBy("jonas").build();
        request.assign("ona", staffMember("ona"), AssignmentRole.MEMBER, ADMIN);
        int before = request.history().entries().size();
        int writes = request.groupWrites().size();

        request.assign("jonas", staffMember("jonas"), AssignmentRole.LEAD, ADMIN);
        request.assign("ona", staffMember("ona"), AssignmentRole.MEMBER, ADMIN);

        assertThat(request.history().entries()).hasSize(before);
        assertThat(request.history().events()).hasSize(1);
        assertThat(request.groupWrites()).hasSize(writes);
        assertThat(request.view().lead()).contains("jonas");
    }

    @Test
    void aLeadOnARegisteredRequestAssignsItAndAMemberDoesNot() {
        SupportRequest withMember = aRequest().in(RequestStatus.REGISTERED).build();
        withMember.assign("ona", staffMember("ona"), AssignmentRole.MEMBER, ADMIN);
        assertThat(withMember.view().status()).isEqualTo(RequestStatus.REGISTERED);

        SupportRequest withLead = aRequest().in(RequestStatus.REGISTERED).build();
        withLead.assign("ona", staffMember("ona"), AssignmentRole.LEAD, ADMIN);
        assertThat(withLead.view().status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(withLead.history().entries()).extracting(TimelineEntry::kind).containsExactly("ASSIGNED", "STATUS_CHANGED");
        assertThat(withLead.history().entries().get(0).details()).doesNotContainKey("reason");
    }

    @Test
    void theLeadMadeAMemberLeavesTheRequestRegisteredAgain() {
        SupportRequest request = aRequest().in(RequestStatus.ASSIGNED).ledBy("jonas").build();
        request.assign("jonas", staffMember("jonas"), AssignmentRole.MEMBER, ADMIN);
        assertThat(request.view().lead()).isEmpty();
        assertThat(request.view().status()).isEqualTo(RequestStatus.REGISTERED);
    }

    @Test
    void aClosedRequestTakesNobodyMore() {
        SupportRequest request = aRequest().in(RequestStatus.CLOSED).ledBy("jonas").build();
        assertThatThrownBy(() -> request.assign("ona", staffMember("ona"), AssignmentRole.MEMBER, ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("request.closed"));
    }

    @Test
    void withoutItsLeadAnAssignedRequestIsRegisteredAgain() {
        SupportRequest request = aRequest().in(RequestStatus.ASSIGNED).ledBy("jonas").withMember("ona").build();

        request.unassign("jonas", ADMIN);

        assertThat(request.view().status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(request.view().assignments()).extracting(Assignment::consultant).containsExactly("ona");
        assertThat(request.history().entries()).extracting(TimelineEntry::kind).containsExactly("UNASSIGNED", "STATUS_CHANGED");
        assertThat(request.groupWrites()).containsExactly(new WorkingGroup.Removed("jonas"));
    }

    @Test
    void onlyAnAdministratorOrTheLeadTakesSomeoneOff() {
        SupportRequest request = aRequest().in(RequestStatus.ASSIGNED).ledBy("jonas").withMember("ona").build();
        assertThatThrownBy(() -> request.unassign("jonas", ONA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> request.unassign("petras", ADMIN)).isInstanceOf(NotFoundException.class);
        request.unassign("ona", JONAS);
        assertThat(request.view().status()).isEqualTo(RequestStatus.ASSIGNED);
    }

    @ParameterizedTest(name = "work on a request {0}")
    @EnumSource(RequestStatus.class)
    void loggedWorkStartsOnlyAnAssignedRequest(RequestStatus status) {
        SupportRequest request = aRequest().in(status).ledBy("jonas").build();
        request.workStarted(JONAS);
        assertThat(request.view().status())
                .isEqualTo(status == RequestStatus.ASSIGNED ? RequestStatus.IN_PROGRESS : status);
    }

    private static Actor actor(String username) {
        return List.of(ADMIN, JONAS, ONA, PETRAS).stream().filter(a -> a.name().equals(username)).findFirst().orElseThrow();
    }

    /** The staff list: jonas, ona and petras consultants, "left" one who left, rasa an accountant. */
    static Optional<StaffMember> staffMember(String username) {
        return switch (username) {
            case "jonas", "ona", "petras" -> Optional.of(new StaffMember(username, "V", "P", new EmailAddress(username + "@stekas.lt"), null,
                    Set.of(Role.CONSULTANT), true, true));
            case "left" -> Optional.of(new StaffMember(username, "V", "P", new EmailAddress("x@stekas.lt"), null, Set.of(Role.CONSULTANT), false, false));
            case "rasa" -> Optional.of(new StaffMember(username, "V", "P", new EmailAddress("r@stekas.lt"), null, Set.of(Role.ACCOUNTANT), true, true));
            default -> Optional.empty();
        };
    }
}
