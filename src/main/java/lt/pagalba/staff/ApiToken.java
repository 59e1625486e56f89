package lt.pagalba.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A personal API token. {@code token} (the secret) is present only in the answer that created it;
 * afterwards only its hash is kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiToken(String id, String name, String token, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                       OffsetDateTime revokedAt) {
}
