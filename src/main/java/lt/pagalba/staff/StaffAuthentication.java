package lt.pagalba.staff;

import java.time.Duration;
import java.util.UUID;
import lt.pagalba.shared.Role;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login by username and password, for the login form and HTTP Basic alike: first the address's wait
 * ({@link LoginThrottle}), then the password — from this instance's memory of passwords it checked
 * lately, else against the stored hash. A hash of an older kind (bcrypt) is replaced by Argon2 on the
 * first login that proves the password. The roles come from {@link StaffAccess}, so a change of them
 * counts at once.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

    private final StaffMembers members;
    private final StaffAccess access;
    private final PasswordEncoder passwords;
    private final VerifiedPasswords verified;
    private final LoginThrottle throttle;
    /** Checked when the name is unknown, so that an unknown name takes as long as a known one. */
    private final String unknownHash;

    StaffAuthentication(StaffMembers members, StaffAccess access, PasswordEncoder passwords, VerifiedPasswords verified,
                        LoginThrottle throttle) {
        this.members = members;
        this.access = access;
        this.passwords = passwords;
        this.verified = verified;
        this.throttle = throttle;
        this.unknownHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** A login refused without looking at the password: this address must wait this long first. */
    static final class MustWait extends LockedException {

        private final transient Duration waitFor;

        MustWait(Duration waitFor) {
            super("Too many wrong passwords from this address: wait " + waitFor.toSeconds() + " s");
            this.waitFor = waitFor;
        }

        Duration waitFor() {
            return waitFor;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        LoginThrottle.Standing standing = throttle.standing(address, username);
        if (standing.mustWait()) {
            throw new MustWait(standing.waitFor());
        }
        if (!verified.recentlyVerified(username, password)) {
            if (!passwordMatches(username, password)) {
                throttle.failed(address, username);
                throw new BadCredentialsException("Wrong username or password");
            }
            verified.remember(username, password);
        }
        StaffAccess.Access now = access.of(username).orElseThrow(() -> new BadCredentialsException("No such staff member"));
        if (!now.active()) {
            throw new DisabledException("The staff member is no longer active");
        }
        if (standing.hasFailures()) {
            throttle.succeeded(address, username);
        }
        var authorities = now.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        authenticated.setDetails(authentication.getDetails());
        return authenticated;
    }

    /** Checks against the stored hash; a bcrypt hash of a password that proved right is replaced by Argon2. */
    private boolean passwordMatches(String username, String password) {
        var credentials = members.credentials(username);
        if (credentials.isEmpty()) {
            passwords.matches(password, unknownHash);
            return false;
        }
        String hash = credentials.get().passwordHash();
        boolean matches;
        try {
            matches = passwords.matches(password, hash);
        } catch (IllegalArgumentException tooLongForBcrypt) {
            matches = false; // more than 72 bytes against an old bcrypt hash: that password was never set
        }
        if (matches && passwords.upgradeEncoding(hash)) {
            members.replaceHash(username, hash, passwords.encode(password));
        }
        return matches;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
