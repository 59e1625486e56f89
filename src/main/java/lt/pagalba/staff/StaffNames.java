package lt.pagalba.staff;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The name a person is shown by on pages ({@code ${@staffNames.of(e.actor)}}): a staff member's full name
 * for their username, and the actors that are nobody ({@code system}, {@code web-form}) in the reader's
 * language. The staff list is read once per page, however many names it shows.
 */
@Component("staffNames")
public class StaffNames {

    private static final String PER_PAGE = StaffNames.class.getName();

    private final StaffDirectory staff;
    private final MessageSource messages;

    StaffNames(StaffDirectory staff, MessageSource messages) {
        this.staff = staff;
        this.messages = messages;
    }

    /** The full name of this username; what is no staff member's username is shown as it is. */
    public String of(String username) {
        if (username == null) {
            return null;
        }
        String name = names().get(username);
        return name != null ? name : messages.getMessage("actor." + username, null, username, LocaleContextHolder.getLocale());
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> names() {
        RequestAttributes page = RequestContextHolder.getRequestAttributes();
        Map<String, String> names = page == null ? null : (Map<String, String>) page.getAttribute(PER_PAGE, RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = staff.all().stream().collect(Collectors.toMap(StaffMember::username, StaffMember::fullName, (a, b) -> a));
            if (page != null) {
                page.setAttribute(PER_PAGE, names, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return names;
    }
}
