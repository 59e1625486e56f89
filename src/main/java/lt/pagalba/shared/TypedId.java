package lt.pagalba.shared;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The id of one kind of record: a UUID inside, opaque text outside. Each kind is a record of its own
 * ({@link RequestId}, {@link ClientId}, …), so a client's id cannot be passed where a request's is
 * meant. Text that is no UUID names nothing: {@link #parse} makes it a {@link NotFoundException}
 * (a 404 in the API and on pages), never a 400 or a 500. Ids are serializable: pages pass them on
 * through the session (kept in PostgreSQL) from one request to the next.
 */
public interface TypedId extends Serializable {

    UUID value();

    /** The record kind as error messages name it ({@code subject.<kind>} in the message bundles). */
    String subject();

    /** The id as the API writes it. */
    default String text() {
        return value().toString();
    }

    /** The id of this kind the text names, or nothing when the text is no UUID. */
    static <T extends TypedId> Optional<T> tryParse(Class<T> kind, String text) {
        return Ids.parse(text).map(uuid -> of(kind, uuid));
    }

    /** The id of this kind the text names; text that is no UUID is an unknown record (404). */
    static <T extends TypedId> T parse(Class<T> kind, String text) {
        return tryParse(kind, text).orElseThrow(() -> new NotFoundException(subjectOf(kind), text));
    }

    static <T extends TypedId> T of(Class<T> kind, UUID value) {
        try {
            return kind.cast(Constructors.of(kind).newInstance(value));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(kind + " is not a record over one UUID", e);
        }
    }

    /** The subject of a kind without an instance at hand: that of any id of the kind. */
    static String subjectOf(Class<? extends TypedId> kind) {
        return of(kind, new UUID(0, 0)).subject();
    }

    /** Each kind's canonical constructor, looked up once. */
    final class Constructors {
        private static final Map<Class<?>, Constructor<?>> CACHE = new ConcurrentHashMap<>();

        private Constructors() {
        }

        static Constructor<?> of(Class<?> kind) {
            return CACHE.computeIfAbsent(kind, k -> {
                try {
                    return k.getDeclaredConstructor(UUID.class);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(k + " has no constructor taking a UUID", e);
                }
            });
        }
    }
}
