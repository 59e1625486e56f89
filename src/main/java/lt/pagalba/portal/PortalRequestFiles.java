package lt.pagalba.portal;

import java.nio.charset.StandardCharsets;
import lt.pagalba.conversation.ClientConversation;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The files of a request's public conversation, found through the company's own request: a file of
 * another request or company, or of a staff note, is not found however its id was learnt. Always a
 * download, never shown inline, as on the staff side.
 */
@Controller
@RequestMapping("/portal/requests/{numberOrId}/files")
class PortalRequestFiles {

    private final RequestDesk desk;
    private final ClientConversation conversation;

    PortalRequestFiles(RequestDesk desk, ClientConversation conversation) {
        this.desk = desk;
        this.conversation = conversation;
    }

    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(PortalUser user, @PathVariable String numberOrId, @PathVariable String fileId) {
        RequestView request = desk.findOfClient(user.clientId(), numberOrId)
                .orElseThrow(() -> new NotFoundException("request", numberOrId));
        ConversationFiles.File file = conversation.file(request.id(), fileId)
                .orElseThrow(() -> new NotFoundException("file", fileId));
        String name = file.name().replaceAll("[\\p{Cntrl}\"\\\\]", "_");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(file.content());
    }
}
