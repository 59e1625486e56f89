package lt.pagalba.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times in JSON bodies lie between the years 1900 and 9999: Java parses years PostgreSQL
 * cannot keep (it stored {@code -5000-01-01} as minus infinity, read back as {@code -999999999-01-01}),
 * so such a value is refused while reading the body, a 400 naming the field, before anything is saved.
 */
@Component
class SaneDates extends SimpleModule {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    SaneDates() {
        super("pagalba-sane-dates");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean dated = type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class;
                return dated ? new InRange(deserializer) : deserializer;
            }
        });
    }

    private static final class InRange extends DelegatingDeserializer {

        InRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal) {
                int year = temporal.get(ChronoField.YEAR);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw context.weirdStringException(String.valueOf(value), value.getClass(),
                            "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
                }
            }
            return value;
        }
    }
}
