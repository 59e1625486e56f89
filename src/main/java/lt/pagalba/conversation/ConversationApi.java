package lt.pagalba.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation over the API: messages (JSON, or {@code multipart/form-data} with a {@code message}
 * part and {@code files} parts), resending a reply, phone calls, and the files of messages.
 */
@RestController
@RequestMapping("/api/v1")
class ConversationApi {

    private final Conversation conversation;
    private final PhoneCalls calls;
    private final FileDownloads downloads;
    private final JsonMapper json;

    ConversationApi(Conversation conversation, PhoneCalls calls, FileDownloads downloads, JsonMapper json) {
        this.conversation = conversation;
        this.calls = calls;
        this.downloads = downloads;
        this.json = json;
    }

    @PostMapping(path = "/requests/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MessageView post(@PathVariable RequestId id, @RequestBody MessageForm form) {
        return conversation.post(id, form, List.of(), Actor.current());
    }

    /** The message part is read as bytes, whatever type the client gave it (curl gives none), and parsed as JSON. */
    @PostMapping(path = "/requests/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MessageView postWithFiles(@PathVariable RequestId id, @RequestPart("message") byte[] message,
                              @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return conversation.post(id, json.readValue(message, MessageForm.class), uploads(files), Actor.current());
    }

    @GetMapping("/requests/{id}/messages")
    PageOf<MessageView> messages(@PathVariable RequestId id) {
        return PageOf.all(conversation.messages(id));
    }

    /** Sends a sent or failed reply again; answers the reply as it now stands (queued). */
    @PostMapping("/requests/{id}/messages/{messageId}/resend")
    MessageView resend(@PathVariable RequestId id, @PathVariable MessageId messageId) {
        conversation.resend(id, messageId, Actor.current());
        return conversation.messages(id).stream().filter(m -> m.id().equals(messageId.text())).findFirst().orElseThrow();
    }

    @PostMapping("/requests/{id}/calls")
    @ResponseStatus(HttpStatus.CREATED)
    CallView logCall(@PathVariable RequestId id, @RequestBody CallForm form) {
        return calls.log(id, form, Actor.current());
    }

    @GetMapping("/requests/{id}/calls")
    PageOf<CallView> calls(@PathVariable RequestId id) {
        return PageOf.all(calls.of(id));
    }

    @GetMapping("/message-files/{id}")
    ResponseEntity<byte[]> download(@PathVariable MessageFileId id) {
        return downloads.download(id);
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        // a form with no file chosen sends an empty part without a name
        return files.stream().filter(f -> f.getSize() > 0 || !Text.isBlank(f.getOriginalFilename())).map(f -> {
            try {
                return new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
