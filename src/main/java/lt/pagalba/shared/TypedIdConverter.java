package lt.pagalba.shared;

import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Binds {@code @PathVariable RequestId id} and the like: text that is no UUID becomes a
 * {@link NotFoundException} inside the conversion failure, which the API and the pages answer with
 * 404 (see {@link #notFoundIn}).
 */
public final class TypedIdConverter implements ConverterFactory<String, TypedId> {

    @Override
    public <T extends TypedId> Converter<String, T> getConverter(Class<T> kind) {
        return text -> text == null || text.isBlank() ? null : TypedId.parse(kind, text);
    }

    /** The unknown id behind a failed conversion of a path variable or parameter, if that was the failure. */
    public static Optional<NotFoundException> notFoundIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException notFound) {
                return Optional.of(notFound);
            }
        }
        return Optional.empty();
    }
}
