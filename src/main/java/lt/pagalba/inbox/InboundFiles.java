package lt.pagalba.inbox;

import java.nio.charset.StandardCharsets;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files that came with incoming mail, for staff: on pages (after login) and over the API (HTTP Basic
 * or a token, for integrations). Always a download ({@code attachment}), never shown inline, so an
 * HTML file a stranger sent cannot run in Pagalba's origin; the file name is encoded (RFC 6266/5987)
 * and stripped of control characters, so it cannot break the header.
 */
@Controller
class InboundFiles {

    private final InboundMessages inbound;

    InboundFiles(InboundMessages inbound) {
        this.inbound = inbound;
    }

    @GetMapping("/mail/attachments/{id}")
    ResponseEntity<byte[]> page(@PathVariable InboundFileId id) {
        return download(id);
    }

    /** The same download over the API, where an unknown id is a problem detail, not an error page. */
    @RestController
    static class Api {

        private final InboundFiles files;

        Api(InboundFiles files) {
            this.files = files;
        }

        @GetMapping("/api/v1/mail/attachments/{id}")
        ResponseEntity<byte[]> download(@PathVariable InboundFileId id) {
            return files.download(id);
        }
    }

    ResponseEntity<byte[]> download(InboundFileId id) {
        InboundMessages.StoredFile file = inbound.file(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
        String name = file.fileName().replaceAll("[\\p{Cntrl}\"\\\\]", "_");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(mediaType(file.contentType()))
                .body(inbound.fileContent(id));
    }

    private static MediaType mediaType(String type) {
        try {
            MediaType parsed = MediaType.parseMediaType(type);
            return parsed.isConcrete() ? parsed : MediaType.APPLICATION_OCTET_STREAM;
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
