package lt.pagalba.mail;

import java.time.OffsetDateTime;
import lt.pagalba.shared.RequestId;

/** The request a cited e-mail was about, and when that e-mail was written: a reply joins the newest. */
public record CitedRequest(RequestId requestId, OffsetDateTime at) {
}
