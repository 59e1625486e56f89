package lt.pagalba.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON text that is valid JSON but no text Pagalba can keep is refused while reading the body: a NUL
 * character ({@code \u0000}, which PostgreSQL cannot store) and half of a surrogate pair
 * ({@code \ud800} alone, which is no character at all). A 400 naming the field, instead of a
 * database error after the work was done or a mangled character stored for ever.
 */
@Component
class StorableText extends SimpleModule {

    StorableText() {
        super("pagalba-storable-text");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
                String text = super.deserialize(parser, context);
                String problem = text == null ? null : problemOf(text);
                if (problem != null) {
                    throw context.weirdStringException(text, String.class, problem);
                }
                return text;
            }
        });
    }

    /** What makes this text unstorable, or null when it can be kept. */
    static String problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a surrogate pair";
            }
        }
        return null;
    }
}
