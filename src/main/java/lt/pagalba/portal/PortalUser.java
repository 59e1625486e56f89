package lt.pagalba.portal;

import java.util.List;
import java.util.Set;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The portal's authentication: a contact person of a client (the client not yet chosen when the
 * address belongs to several). Its one authority is {@code PORTAL}, never a staff role.
 */
final class PortalUser extends AbstractAuthenticationToken {

    static final String AUTHORITY = "PORTAL";

    private final PortalSession session;
    private final String clientLanguage;

    PortalUser(PortalSession session, String clientLanguage) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.session = session;
        this.clientLanguage = clientLanguage;
        setAuthenticated(true);
    }

    PortalSession session() {
        return session;
    }

    String email() {
        return session.email();
    }

    ClientId clientId() {
        return session.clientId();
    }

    ContactId contactId() {
        return session.contactId();
    }

    String clientLanguage() {
        return clientLanguage;
    }

    /** Who acted, as the other modules record it (at most 64 characters: the contact's id, not the address). */
    Actor actor() {
        return new Actor("portal:" + session.contactId().text(), Set.of());
    }

    /** A short name of the session (part of its hash) for evidence: never enough to use it. */
    String sessionMark() {
        return Secrets.hex(session.hash()).substring(0, 12);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return session.email();
    }
}
