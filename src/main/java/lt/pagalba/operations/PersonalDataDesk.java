package lt.pagalba.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PersonalData;
import lt.pagalba.shared.PersonalData.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact person's data on request (GDPR arts. 15 and 17): everything every module holds about
 * them, or all of it erased at once. Both are audited under a hash of the address, so that the audit
 * trail does not keep what was erased.
 */
@Service
public class PersonalDataDesk {

    /** What Pagalba holds about a person, part by part. */
    public record Export(String email, Map<String, List<Map<String, Object>>> parts) {
    }

    /** How many records of each part lost the person's data. */
    public record Erasure(String email, Map<String, Integer> erased) {
    }

    private final List<PersonalData> parts;
    private final AuditTrail audit;

    PersonalDataDesk(List<PersonalData> parts, AuditTrail audit) {
        this.parts = parts;
        this.audit = audit;
    }

    /** One snapshot of every part, and the audit entry that says someone looked. */
    @Transactional
    public Export export(EmailAddress email) {
        Person person = identify(email);
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        parts.forEach(part -> found.put(part.part(), part.export(person)));
        audit.record("PERSON", hash(email), null, "EXPORTED", null, null);
        return new Export(email.value(), found);
    }

    @Transactional
    public Erasure erase(EmailAddress email) {
        Person person = identify(email);
        Map<String, Integer> erased = new LinkedHashMap<>();
        parts.forEach(part -> erased.put(part.part(), part.erase(person)));
        audit.record("PERSON", hash(email), null, "ERASED", null, erased);
        return new Erasure(email.value(), erased);
    }

    /** Twice round the parts: a contact found by its address brings the requests found by its id, and their names. */
    private Person identify(EmailAddress email) {
        Person person = Person.of(email);
        for (int round = 0; round < 2; round++) {
            for (PersonalData part : parts) {
                person = part.identify(person);
            }
        }
        return person;
    }

    private static String hash(EmailAddress email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.value().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
