package lt.pagalba.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of changes in words (issue 13 item 4): what was changed ({@code audit.subject.*}), how
 * ({@code audit.action.*}), which field ({@code audit.field.*}, nested ones as {@code billing.hourlyRate}) and
 * its values as people write them: codes ({@code MONTH}, {@code lt}) by {@code audit.value.*}, countries by name, yes and no,
 * times in Vilnius, and lists such as a contract's allowances as "label: value" lines instead of JSON.
 * Templates call it as {@code @auditLabels}; {@code AuditTextsTests} walks every subject, action, field and
 * code the trail records through both bundles.
 */
@Component("auditLabels")
public class AuditLabels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+|[a-z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final JsonMapper json;

    AuditLabels(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public String subject(String subject) {
        return text("audit.subject." + subject, subject);
    }

    /** How it was changed; a subject may have its own word ({@code audit.action.INVOICE.CANCELLED}: annulled). */
    public String action(String subject, String action) {
        return text("audit.action." + subject + "." + action, text("audit.action." + action, action));
    }

    public String field(String field) {
        return text("audit.field." + field, field);
    }

    /** A value as people read it; null stays null. */
    public String value(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return structured(trimmed);
        }
        return scalar(trimmed);
    }

    private String structured(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (RuntimeException notJson) {
            return text;
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node.valueStream().toList() : List.of(node)) {
            items.add(item.isObject() ? fields(item) : scalar(item.asString()));
        }
        return String.join("; ", items);
    }

    private String fields(JsonNode object) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getValue().isNull()) {
                parts.add(field(field.getKey()) + ": " + (field.getValue().isValueNode()
                        ? scalar(field.getValue().asString()) : structured(field.getValue().toString())));
            }
        }
        return String.join(", ", parts);
    }

    private String scalar(String value) {
        if (value.equals("true") || value.equals("false")) {
            return text("audit.value." + value, value);
        }
        if (COUNTRIES.contains(value)) {
            return new Locale("", value).getDisplayCountry(LocaleContextHolder.getLocale());
        }
        if (CODE.matcher(value).matches()) {
            return text("audit.value." + value, value);
        }
        if (value.length() > 16 && value.charAt(4) == '-' && value.charAt(10) == 'T') {
            try {
                return TIME.format(OffsetDateTime.parse(value).atZoneSameInstant(Vilnius.ZONE));
            } catch (DateTimeParseException notATime) {
                return value;
            }
        }
        return value;
    }

    private String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
