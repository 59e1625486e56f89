package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The home page greets in the vocative in Lithuanian („Sveiki, Jonai!“), by the name as it is in English. */
class GreetingsTests {

    private final Greetings greetings = new Greetings();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void lithuanianGreetsInTheVocativeAndEnglishByTheNameAsItIs() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("lt"));
        assertThat(greetings.name("Jonas")).isEqualTo("Jonai");
        assertThat(greetings.name("Eglė")).isEqualTo("Egle");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(greetings.name("Jonas")).isEqualTo("Jonas");
    }
}
