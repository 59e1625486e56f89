package lt.pagalba.conversation;

import java.nio.charset.StandardCharsets;
import lt.pagalba.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The files of replies and notes, for staff, as the inbox serves the files of incoming mail: always a
 * download, never shown inline (an HTML file cannot run in Pagalba's origin), the name kept in UTF-8
 * (RFC 6266/5987) without the characters that would break the header.
 */
@Controller
class FileDownloads {

    private final Messages messages;

    FileDownloads(Messages messages) {
        this.messages = messages;
    }

    @GetMapping("/message-files/{id}")
    ResponseEntity<byte[]> page(@PathVariable MessageFileId id) {
        return download(id);
    }

    ResponseEntity<byte[]> download(MessageFileId id) {
        Messages.StoredFile file = messages.file(id).orElseThrow(() -> new NotFoundException(id.subject(), id.text()));
        String name = file.name().replaceAll("[\\p{Cntrl}\"\\\\]", "_");
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type.isConcrete() ? type : MediaType.APPLICATION_OCTET_STREAM)
                .body(messages.content(id));
    }
}
