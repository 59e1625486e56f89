package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server (no {@code spring.mail.host}, so no mail sender) mail is off: nothing is sent. */
class MailOffTests {

    @Test
    void withoutAMailSenderTheWorkerSendsNothingAndSaysMailIsOff() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var worker = new OutboxWorker(none, null, new RetryPolicy("30s", "1h", 12), null, null, "info@localhost");

        assertThat(worker.mailOn()).isFalse();
        assertThat(worker.sendDue()).isZero();
    }

    @Test
    void aFromAddressThatIsNoAddressIsRefusedAtStartUp() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

        assertThatThrownBy(() -> new OutboxWorker(none, null,
                        new RetryPolicy("30s", "1h", 12), null, null, "info at stekas"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAGALBA_MAIL_FROM");
    }
}
