package lt.pagalba.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where a request is to move, with a note for its timeline (the API's body and the request page's form). */
record StatusChange(@NotNull RequestStatus status, @Size(max = 2_000) String note) {
}
