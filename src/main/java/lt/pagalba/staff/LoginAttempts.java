package lt.pagalba.staff;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins (form and HTTP Basic alike): after {@code pagalba.security.max-failed-logins}
 * wrong passwords in a row the account is locked for {@code pagalba.security.lockout-minutes}.
 */
@Component
class LoginAttempts {

    private final StaffMembers members;
    private final int maxFailures;
    private final int lockoutMinutes;

    LoginAttempts(StaffMembers members,
                  @Value("${pagalba.security.max-failed-logins:5}") int maxFailures,
                  @Value("${pagalba.security.lockout-minutes:15}") int lockoutMinutes) {
        this.members = members;
        this.maxFailures = maxFailures;
        this.lockoutMinutes = lockoutMinutes;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (username.length() <= 40) {
            members.recordFailedLogin(username, maxFailures, lockoutMinutes);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        members.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
