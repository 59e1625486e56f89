package lt.pagalba.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON text with a NUL character (a valid JSON escape that PostgreSQL cannot store) is refused while
 * reading the body: a 400 naming the field, instead of a database error after the work was done.
 */
@Component
class NoNulText extends SimpleModule {

    NoNulText() {
        super("pagalba-no-nul-text");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
                String text = super.deserialize(parser, context);
                if (text != null && text.indexOf('\u0000') >= 0) {
                    throw context.weirdStringException(text, String.class, "contains a NUL character");
                }
                return text;
            }
        });
    }
}
