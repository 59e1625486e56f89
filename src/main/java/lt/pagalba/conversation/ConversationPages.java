package lt.pagalba.conversation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request page's reply box and call form. What was refused comes back to the request page with a
 * message beside each field and what was typed (files must be chosen again: browsers keep none).
 */
@Controller
class ConversationPages {

    private final Conversation conversation;
    private final PhoneCalls calls;
    private final MessageSource messages;

    ConversationPages(Conversation conversation, PhoneCalls calls, MessageSource messages) {
        this.conversation = conversation;
        this.calls = calls;
        this.messages = messages;
    }

    /** {@code send}: {@code reply}, {@code reply-log} (reply and log {@code minutes}) or {@code note}. */
    @PostMapping("/requests/{id}/messages")
    String post(@PathVariable RequestId id, @RequestParam(defaultValue = "reply") String send,
                @RequestParam(required = false) String to, @RequestParam(required = false) String cc,
                @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
                @RequestParam(required = false) String minutes, @RequestParam(required = false) WorkCategory category,
                @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        boolean note = send.equals("note");
        MessageForm.WorkPart work = send.equals("reply-log") ? new MessageForm.WorkPart(number(minutes), category, null) : null;
        MessageForm form = new MessageForm(note ? MessageKind.NOTE : MessageKind.REPLY, addresses(to), addresses(cc), subject,
                body, work);
        try {
            MessageView written = conversation.post(id, form, ConversationApi.uploads(files), Actor.current());
            redirect.addFlashAttribute("conversationNotice", note ? "noted" : work != null ? "sentLogged" : "sent");
            return "redirect:/requests/" + id + "#message-" + written.id();
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("replyErrors", errors(refused));
            redirect.addFlashAttribute("replyDraft", Map.of("to", orEmpty(to), "cc", orEmpty(cc), "subject", orEmpty(subject),
                    "body", orEmpty(body), "minutes", orEmpty(minutes)));
            return "redirect:/requests/" + id + "#reply";
        }
    }

    @PostMapping("/requests/{id}/calls")
    String call(@PathVariable RequestId id, @RequestParam(required = false) CallDirection direction,
                @RequestParam(required = false) String startedAt, @RequestParam(required = false) String minutes,
                @RequestParam(required = false) String note, @RequestParam(required = false) boolean workEntry,
                @RequestParam(required = false) WorkCategory category, RedirectAttributes redirect) {
        try {
            CallForm form = new CallForm(direction, start(startedAt), number(minutes), note, workEntry, category);
            CallView logged = calls.log(id, form, Actor.current());
            redirect.addFlashAttribute("conversationNotice", workEntry ? "callLogged" : "callNoted");
            return "redirect:/requests/" + id + "#call-" + logged.id();
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("callErrors", errors(refused));
            redirect.addFlashAttribute("callDraft", Map.of("startedAt", orEmpty(startedAt), "minutes", orEmpty(minutes),
                    "note", orEmpty(note)));
            return "redirect:/requests/" + id + "#call";
        }
    }

    @PostMapping("/requests/{id}/messages/{messageId}/resend")
    String resend(@PathVariable RequestId id, @PathVariable MessageId messageId, RedirectAttributes redirect) {
        try {
            conversation.resend(id, messageId, Actor.current());
            redirect.addFlashAttribute("conversationNotice", "resent");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("actionError", errors(refused).get(""));
        }
        return "redirect:/requests/" + id + "#message-" + messageId;
    }

    /** The messages beside the fields, by the field's name on the page ({@code to[1]} is the {@code to} field). */
    private Map<String, String> errors(RuntimeException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof InvalidInputException invalid) {
            for (FieldProblem p : invalid.problems()) {
                errors.putIfAbsent(p.field().replaceAll("[\\[.].*$", ""), text(p.messageKey(), p.arguments()));
            }
        } else if (refused instanceof ConflictException conflict) {
            errors.put("", text(conflict.messageKey(), conflict.arguments()));
        }
        return errors;
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** Addresses as people type them: separated by commas, semicolons or spaces. */
    private static List<String> addresses(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
    }

    /** Minutes as typed; text that is no number is out of range (said beside the field, not a 400). */
    private static Integer number(String typed) {
        if (Text.isBlank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The start as the page's date-and-time field gives it, in Vilnius time; empty is now. */
    private static OffsetDateTime start(String typed) {
        if (Text.isBlank(typed)) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(Vilnius.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldProblem.invalid("startedAt", "conversation.call.startedAtInvalid"));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
