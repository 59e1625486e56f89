package lt.pagalba.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lt.pagalba.request.RequestView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The .eml corpus through a real IMAP mailbox: each real-world message becomes a request with its
 * text decoded, is quarantined when its MIME is broken, or gets no answer when it is automatic.
 */
class MailCorpusTests extends MailboxTestSupport {

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, Message-ID (null: the hash), outcome, summary, description, files, automatic reply?
                Arguments.of("windows-1257-qp.eml", "<corpus-1257@corpus.lt>", "REGISTERED", "Neveikia sąskaitų spausdinimas",
                        "neveikia sąskaitų išrašymas: spausdinant ąčęėįšųūž raidės dingsta", List.of(), true),
                Arguments.of("iso-8859-13-base64.eml", "<corpus-8859-13@corpus.lt>", "REGISTERED", "Banko išrašo įkėlimas",
                        "nepavyksta įkelti banko išrašo į apskaitą. Klaida: „Neteisingas formatas“.", List.of(), true),
                Arguments.of("utf8-quoted-reply.eml", "<corpus-utf8@corpus.lt>", "REGISTERED", "PVM sąskaitos",
                        "Dar vienas klausimas dėl PVM sąskaitų.", List.of(), true),
                Arguments.of("html-only.eml", "<corpus-html@corpus.lt>", "REGISTERED", "Ataskaitos po atnaujinimo",
                        "po atnaujinimo neveikia ataskaitos:\n1) pardavimų\n2) pirkimų", List.of(), true),
                Arguments.of("attachments.eml", "<corpus-files@corpus.lt>", "REGISTERED", "Sąskaitos klaida",
                        "Prisegu sąskaitą ir ekrano nuotrauką.", List.of("sąskaita Nr. 12.pdf", "ekrano kopija ž.png"), true),
                Arguments.of("outlook-reply.eml", "<corpus-outlook@corpus.lt>", "REGISTERED", "Eksportas",
                        "vis dar neveikia eksportas.", List.of(), true),
                Arguments.of("english.eml", "<corpus-english@corpus.lt>", "REGISTERED", "Invoice export does not work",
                        "the invoice export does not work since the update", List.of(), true),
                Arguments.of("no-message-id.eml", null, "REGISTERED", "Laiskas be Message-ID",
                        "laiskas be Message-ID antrastes", List.of(), true),
                Arguments.of("broken-mime.eml", "<corpus-broken@corpus.lt>", "QUARANTINED", null, null, List.of(), false),
                Arguments.of("auto-reply.eml", "<corpus-auto@corpus.lt>", "IGNORED", null, null, List.of(), false),
                Arguments.of("bounce.eml", "<corpus-bounce@corpus.lt>", "IGNORED", null, null, List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void realWorldMailThroughTheMailbox(String file, String messageId, String outcome, String summary, String description,
                                        List<String> files, boolean answered) throws Exception {
        byte[] raw = MailParserTests.eml(file);
        deliver(raw);

        poller.pollNow();

        String key = messageId != null ? messageId : MailParser.keyOf(raw);
        Map<String, Object> stored = inbound(key);
        assertThat(stored.get("status")).isEqualTo(outcome);
        assertThat(unseen()).isZero();
        long replies = jdbc.sql("SELECT count(*) FROM outbox_message WHERE source_key = :k")
                .param("k", "auto-reply:" + stored.get("id")).query(Long.class).single();
        assertThat(replies).isEqualTo(answered ? 1 : 0);
        if (outcome.equals("REGISTERED")) {
            RequestView request = requestOf(key);
            assertThat(request.summary()).isEqualTo(summary);
            assertThat(request.description()).contains(description);
            @SuppressWarnings("unchecked")
            var stored_files = (List<Map<String, Object>>) emails(request.id()).get(0).detail("attachments");
            assertThat(stored_files).extracting(f -> f.get("name")).containsExactlyElementsOf(files);
        } else {
            assertThat(stored.get("request_id")).isNull();
            assertThat(stored.get("reason")).isNotNull();
        }
    }
}
