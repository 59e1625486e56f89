package lt.pagalba.web;

import lt.pagalba.shared.Vocative;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A person greeted by name the way the page's language does it, „Sveiki, Jonai!“ in Lithuanian and by the name as it is in English ({@code ${@greetings.name(n)}}). */
@Component("greetings")
class Greetings {

    public String name(String firstName) {
        return "lt".equals(LocaleContextHolder.getLocale().getLanguage()) ? Vocative.of(firstName) : firstName;
    }
}
