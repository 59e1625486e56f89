package lt.pagalba.conversation;

import java.time.OffsetDateTime;

/**
 * A reply template in one language ({@code lt} or {@code en}); the versions of one template share its
 * name. Its subject and body may hold placeholders ({@code {{request.number}}}, …) filled on the request page.
 */
public record ReplyTemplate(ReplyTemplateId id, String name, String language, String subject, String body,
                            OffsetDateTime changedAt, String changedBy) {
}
