package lt.pagalba.staff;

import java.time.OffsetDateTime;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Login by username and password; a locked or deactivated account cannot log in. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffMembers members;

    StaffUserDetailsService(StaffMembers members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = members.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff member " + username));
        OffsetDateTime lockedUntil = credentials.lockedUntil();
        boolean locked = lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .disabled(!credentials.active())
                .accountLocked(locked)
                .authorities(credentials.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
