package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reply threads under the conversation's newest e-mail and names the thread, oldest first. */
class ThreadingTests {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-10-05T09:00:00+03:00");

    @Test
    void noEmailYetIsNoThread() {
        assertThat(Threading.of(List.of())).isEqualTo(Threading.NONE);
        assertThat(Threading.of(List.of(new Threading.Mail(null, T)))).isEqualTo(Threading.NONE);
    }

    @Test
    void theNewestEmailIsAnsweredAndAllAreReferencedOldestFirst() {
        Threading thread = Threading.of(List.of(new Threading.Mail("<b@pagalba>", T.plusMinutes(10)),
                new Threading.Mail("<a@klientas>", T), new Threading.Mail("<c@klientas>", T.plusMinutes(20))));

        assertThat(thread.inReplyTo()).isEqualTo("<c@klientas>");
        assertThat(thread.references()).isEqualTo("<a@klientas> <b@pagalba> <c@klientas>");
    }

    @Test
    void aLongThreadKeepsItsFirstAndItsNewestEmails() {
        List<Threading.Mail> mails = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            mails.add(new Threading.Mail("<" + i + "@x>", T.plusMinutes(i)));
        }

        String[] references = Threading.of(mails).references().split(" ");

        assertThat(references).hasSize(20);
        assertThat(references[0]).isEqualTo("<1@x>");
        assertThat(references[1]).isEqualTo("<12@x>");
        assertThat(references[19]).isEqualTo("<30@x>");
    }
}
