package lt.pagalba.staff;

import java.security.SecureRandom;
import java.util.EnumSet;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no staff at all, creates the administrator from
 * {@code PAGALBA_ADMIN_USERNAME}/{@code PAGALBA_ADMIN_PASSWORD}, or with a random password that is
 * printed once in the log.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffMembers members;
    private final StaffDirectory staff;
    private final String username;
    private final String password;

    FirstAdministrator(StaffMembers members, StaffDirectory staff,
                       @Value("${pagalba.admin.username:admin}") String username,
                       @Value("${pagalba.admin.password:}") String password) {
        this.members = members;
        this.staff = staff;
        this.username = username == null || username.isBlank() ? "admin" : username.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!members.isEmpty()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String initial = generated ? randomPassword() : password;
        if (initial.length() < StaffForm.MIN_PASSWORD) {
            throw new IllegalStateException("PAGALBA_ADMIN_PASSWORD must have at least " + StaffForm.MIN_PASSWORD + " characters");
        }
        staff.create(new NewStaffMember(username, "Administratorė", "Pagalba", new EmailAddress("admin@example.com"), null,
                EnumSet.of(Role.ADMINISTRATOR), initial));
        if (generated) {
            log.warn("Created the first administrator '{}' with password: {}  (shown only once; change it on the profile page)",
                    username, initial);
        } else {
            log.info("Created the first administrator '{}'", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
