package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.EmbeddedDatabaseConfiguration;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestIntake;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.RequiredInformation;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.InboundMessageId;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.support.NoLiveNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The conversation with the modules it stands on (request, client, journal and theirs), without mail
 * or the inbox: their ports are stand-ins here (the client wrote once; the outbox has taken nothing; the
 * mailbox keeps no file for the portal).
 * A reply is announced for the outbox with its thread and its files kept for it; a note is announced
 * to nobody; a refusal leaves nothing.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({EmbeddedDatabaseConfiguration.class, NoLiveNotices.class, ConversationModuleTests.StandIns.class})
class ConversationModuleTests {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR.name()));
    private static final String CLIENTS_MAIL = "<pirmas@klientas.lt>";

    @TestConfiguration
    static class StandIns {

        @Bean
        ClientMails clientMails() {
            return request -> List.of(new ClientMail(InboundMessageId.random(), OffsetDateTime.now().minusHours(1),
                    "ona@modulis.lt", "Ona Onaitė", "Klausimas", "Kaip?", null, CLIENTS_MAIL, List.of()));
        }

        @Bean
        ClientMailbox clientMailbox() {
            return new ClientMailbox() {
                @Override
                public Optional<ConversationFiles.File> file(RequestId request, InboundFileId file) {
                    return Optional.empty();
                }

                @Override
                public void add(RequestView request, Written written) {
                    throw new UnsupportedOperationException("not asked here");
                }
            };
        }

        @Bean
        Deliveries deliveries() {
            return new Deliveries() {
                @Override
                public Map<MessageId, Delivery> of(Collection<MessageId> replies) {
                    return Map.of();
                }

                @Override
                public void resend(MessageId reply) {
                    throw new UnsupportedOperationException("not asked here");
                }
            };
        }
    }

    @Autowired
    Conversation conversation;
    @Autowired
    ConversationFiles files;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequiredInformation required;
    @Autowired
    RequestDesk desk;

    @Test
    void aReplyIsAnnouncedThreadedUnderTheClientsMailWithItsFilesKeptForTheOutbox(AssertablePublishedEvents events) {
        RequestId request = request();
        byte[] content = "Nr.;Suma\n".getBytes(StandardCharsets.UTF_8);

        MessageView reply = conversation.post(request, new MessageForm(MessageKind.REPLY, List.of(), List.of("kopija@modulis.lt"),
                null, "Laba diena,\n\n*prisegu* sąrašą.", null), List.of(new Upload("sąrašas.csv", "text/csv", content)), ADMIN);

        assertThat(events.ofType(ReplyQueued.class)).singleElement().satisfies(queued -> {
            assertThat(queued.id().text()).isEqualTo(reply.id());
            assertThat(queued.requestId()).isEqualTo(request);
            assertThat(queued.to()).containsExactly("ona@modulis.lt");
            assertThat(queued.cc()).containsExactly("kopija@modulis.lt");
            assertThat(queued.subject()).isEqualTo("[" + desk.get(request).number() + "] Neatsidaro ataskaita");
            assertThat(queued.html()).isEqualTo("<p>Laba diena,</p><p><strong>prisegu</strong> sąrašą.</p>");
            assertThat(queued.inReplyTo()).isEqualTo(CLIENTS_MAIL);
            assertThat(queued.references()).isEqualTo(CLIENTS_MAIL);
            assertThat(queued.messageId()).startsWith("<" + reply.id() + "@");
            assertThat(queued.hasFiles()).isTrue();
            assertThat(files.of(queued.id())).singleElement().satisfies(file -> {
                assertThat(file.name()).isEqualTo("sąrašas.csv");
                assertThat(file.content()).isEqualTo(content);
            });
        });
        assertThat(desk.get(request).firstContactAt()).isEqualTo(reply.createdAt());
    }

    @Test
    void aNoteIsAnnouncedToNobody(AssertablePublishedEvents events) {
        RequestId request = request();

        conversation.post(request, new MessageForm(MessageKind.NOTE, List.of(), List.of(), null, "Vidinė pastaba", null),
                List.of(), ADMIN);

        assertThat(events.ofType(ReplyQueued.class)).isEmpty();
        assertThat(desk.get(request).firstContactAt()).isNull();
        assertThat(conversation.messages(request)).extracting(MessageView::kind).containsExactly(MessageKind.EMAIL, MessageKind.NOTE);
    }

    @Test
    void aRefusedReplyLeavesNothing(AssertablePublishedEvents events) {
        RequestId request = request();

        assertThatThrownBy(() -> conversation.post(request, new MessageForm(MessageKind.REPLY, List.of("ne adresas"), List.of(),
                null, "", new MessageForm.WorkPart(0, null, null)), List.of(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("body", "to[0]", "workEntry.minutes"));

        assertThat(events.ofType(ReplyQueued.class)).isEmpty();
        assertThat(conversation.messages(request)).extracting(MessageView::kind).containsExactly(MessageKind.EMAIL);
    }

    private RequestId request() {
        String company = "UAB Modulis " + UUID.randomUUID().toString().substring(0, 8);
        var contact = new RequestRegistration.Contact("Ona", "Onaitė", "Buhalterė", "+37061234567", "ona@modulis.lt");
        return intake.register(required.complete(new RequestRegistration(Channel.PHONE, company, null, contact,
                "Neatsidaro ataskaita", null, false, null, null)), ADMIN).id();
    }
}
