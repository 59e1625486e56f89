package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.request.RequestEvents.RequestClosed;
import lt.pagalba.request.RequestEvents.RequestRegistered;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.request.RequestEvents.UrgentRequestUnassigned;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.LiveNotices;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The request module with what it stands on (client, staff, audit, shared) and nothing that listens
 * to it: what it announces is seen here as events. The live notices of the web shell are replaced by
 * a recorder. Requests are registered the mail intake's way, in the caller's transaction, where the
 * scenario sees their events (the Registrar's batches are written on a thread of its own).
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({EmbeddedDatabaseConfiguration.class, RequestModuleTests.RecordedNotices.class})
class RequestModuleTests {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR.name()));

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestDesk desk;

    @Autowired
    RequiredInformation required;

    @Autowired
    StaffDirectory staff;

    @Autowired
    RecordedNotices notices;

    @BeforeEach
    void nobodyIsOnDuty() {
        StaffFixtures.nobodyOnDuty(staff);
    }

    @Test
    void anUrgentRequestWithAConsultantOnDutyIsAssignedAndItsConsultantTold(Scenario scenario) {
        String consultant = consultantOnDuty("budintis");
        AtomicReference<RequestView> registered = new AtomicReference<>();

        scenario.stimulate(() -> register("UAB Skubi", true))
                .andWaitForEventOfType(UrgentRequestAssigned.class)
                .matching(e -> e.consultant().equals(consultant))
                .toArriveAndVerify((event, request) -> {
                    registered.set(request);
                    assertThat(event.requestId()).isEqualTo(request.id());
                    assertThat(event.consultantEmail()).isEqualTo(consultant + "@stekas.lt");
                    assertThat(request.status()).isEqualTo(RequestStatus.ASSIGNED);
                    assertThat(notices.sent).contains(new Sent(LiveNotices.Audience.staffMember(consultant), "urgent"));
                });
        // the same registration announced itself and its lead too (nothing more is stimulated)
        scenario.stimulate(registered::get)
                .andWaitForEventOfType(RequestRegistered.class)
                .matching(e -> e.requestId().equals(registered.get().id()))
                .toArriveAndVerify(e -> assertThat(e.status()).isEqualTo(RequestStatus.ASSIGNED));
        scenario.stimulate(registered::get)
                .andWaitForEventOfType(RequestAssigned.class)
                .matching(e -> e.requestId().equals(registered.get().id()))
                .toArriveAndVerify(e -> assertThat(e).isEqualTo(new RequestAssigned(registered.get().id(),
                        registered.get().number(), consultant, AssignmentRole.LEAD, true)));
    }

    @Test
    void anUrgentRequestWithNobodyOnDutyIsAnnouncedToTheAdministrators(Scenario scenario) {
        scenario.stimulate(() -> register("UAB Niekas", true))
                .andWaitForEventOfType(UrgentRequestUnassigned.class)
                .toArriveAndVerify((event, registered) -> {
                    assertThat(event.requestId()).isEqualTo(registered.id());
                    assertThat(registered.status()).isEqualTo(RequestStatus.REGISTERED);
                    assertThat(notices.sent).contains(new Sent(LiveNotices.Audience.everyone(Role.ADMINISTRATOR), "urgentUnassigned"));
                });
    }

    @Test
    void closingARequestAnnouncesItWithItsContact(Scenario scenario) {
        RequestView registered = register("UAB Uždaroma", false);

        scenario.stimulate(() -> desk.changeStatus(registered.id(), RequestStatus.CLOSED, "Išspręsta telefonu", ADMIN))
                .andWaitForEventOfType(RequestClosed.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.requestId()).isEqualTo(registered.id());
                    assertThat(event.clientId()).isEqualTo(registered.client().id());
                    assertThat(event.contactEmail()).isEqualTo("ona@pavyzdys.lt");
                });
    }

    private RequestView register(String company, boolean urgent) {
        RequestRegistration registration = new RequestRegistration(Channel.EMAIL, company, null,
                new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", "ona@pavyzdys.lt"),
                "Neveikia sąskaitų modulis", null, urgent, null, null);
        return intake.registerIncomplete(required.asGiven(registration), ADMIN);
    }

    private String consultantOnDuty(String username) {
        return StaffFixtures.consultantOnDuty(staff, username).username();
    }

    record Sent(LiveNotices.Audience audience, String kind) {
    }

    /** The web shell's live notices, replaced: what would have gone to open pages. */
    static class RecordedNotices implements LiveNotices {

        final List<Sent> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(Audience audience, String kind, Object payload) {
            sent.add(new Sent(audience, kind));
        }
    }
}
