package lt.pagalba.request;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A corrected field's value as the timeline shows it (issue 13 item 6): the channel by name, urgency as
 * yes or no, an empty value as a dash, text as written. Templates call it as {@code @requestCorrectionWords}.
 */
@Component("requestCorrectionWords")
public class CorrectionWords {

    private final MessageSource messages;

    CorrectionWords(MessageSource messages) {
        this.messages = messages;
    }

    public String value(Object field, Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return "–";
        }
        String key = switch (String.valueOf(field)) {
            case "channel" -> "channel." + raw;
            case "urgent" -> "request.corrected." + raw;
            default -> null;
        };
        return key == null ? raw.toString() : messages.getMessage(key, null, raw.toString(), LocaleContextHolder.getLocale());
    }
}
