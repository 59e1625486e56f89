package lt.pagalba.request;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A registration the writer did not take in time, withdrawn: nothing was written, so 503 with
 * {@code Retry-After} is the truth and a retry is safe.
 */
class RegistrationNotWritten extends ErrorResponseException {

    RegistrationNotWritten(long waitedSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE), null,
                "request.registration.notWritten", new Object[]{waitedSeconds});
        getHeaders().set("Retry-After", "10");
    }
}
