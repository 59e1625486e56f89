package lt.pagalba.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.ClusterSignals;
import lt.pagalba.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each instance remembers of who may do what: whether a staff member is active and their roles,
 * read once and then answered from memory on every API call and page. A change (deactivation, roles,
 * a new password) is signalled to every instance in the transaction that makes it, and each forgets
 * that staff member at once; this instance also forgets right after the commit. A lost signal
 * connection makes every instance forget everyone.
 */
@Component
class StaffAccess implements ClusterSignals.Receiver {

    static final String TOPIC = "staff";
    private static final String EVERYONE = "*";

    /** A staff member's standing: may they log in, and with which roles. */
    record Access(boolean active, Set<Role> roles) {
    }

    private final StaffMembers members;
    private final ObjectProvider<ClusterSignals> signals;
    private final Cache<String, Optional<Access>> known = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();
    private final VerifiedPasswords verified;

    StaffAccess(StaffMembers members, ObjectProvider<ClusterSignals> signals, VerifiedPasswords verified) {
        this.members = members;
        this.signals = signals;
        this.verified = verified;
    }

    /** The staff member's standing now; empty when there is no such staff member. */
    Optional<Access> of(String username) {
        return known.get(username, u -> members.credentials(u).map(c -> new Access(c.active(), c.roles())));
    }

    /** Called in the transaction that changed this staff member: every instance forgets them once it commits. */
    void changed(String username) {
        signals.ifAvailable(s -> s.send(TOPIC, username));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(username);
                }
            });
        } else {
            forget(username);
        }
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void received(String username) {
        forget(username);
    }

    @Override
    public void missedSome() {
        forget(EVERYONE);
    }

    /** Forgets the staff member's standing and their recently verified password ({@code *}: everyone's). */
    private void forget(String username) {
        if (EVERYONE.equals(username)) {
            known.invalidateAll();
            verified.forgetAll();
        } else {
            known.invalidate(username);
            verified.forget(username);
        }
    }
}
