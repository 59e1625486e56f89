package lt.pagalba.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's file as the browser saves it. */
final class Downloads {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }
}
