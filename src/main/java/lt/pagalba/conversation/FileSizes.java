package lt.pagalba.conversation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sizes of files on pages, as people read them: {@code ${@fileSizes.of(bytes)}} gives 512 B, 34 kB or 1,2 MB. */
@Component("fileSizes")
class FileSizes {

    private final MessageSource messages;

    FileSizes(MessageSource messages) {
        this.messages = messages;
    }

    public String of(long bytes) {
        if (bytes < 1024) {
            return messages.getMessage("conversation.size.bytes", new Object[]{bytes}, LocaleContextHolder.getLocale());
        }
        if (bytes < 1024 * 1024) {
            return messages.getMessage("conversation.size.kilobytes", new Object[]{Math.round(bytes / 1024.0)},
                    LocaleContextHolder.getLocale());
        }
        BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP);
        return messages.getMessage("conversation.size.megabytes", new Object[]{megabytes}, LocaleContextHolder.getLocale());
    }
}
