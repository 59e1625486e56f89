package lt.pagalba.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.time.OffsetDateTime;
import lt.pagalba.shared.ApiTokenId;

/**
 * A personal API token. {@code token} (the secret) is present only in the answer that created it;
 * afterwards only its hash is kept. The profile page hands a new one to the next page through the
 * session, so it is serializable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiToken(ApiTokenId id, String name, String token, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                OffsetDateTime revokedAt) implements Serializable {
}
