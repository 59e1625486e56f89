package lt.pagalba.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new API token, as the API and the profile page give it. */
record TokenForm(@NotBlank @Size(max = 100) String name) {
}
