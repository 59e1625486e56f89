package lt.pagalba.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module that keeps personal data of a client's contact person (GDPR): it shows what it holds
 * about a person, and erases it on request. The person is known by an e-mail address; the parts
 * first tell each other the names and numbers they know the person by ({@link #identify}), so that
 * mail bodies and notes lose them too. Invoices are no part: the law keeps them for ten years.
 */
public interface PersonalData {

    /** What replaces a name or a number. */
    String ERASED = "—";

    /**
     * The person: the address asked for, and what else names them (names, phone numbers, earlier
     * addresses) and the contacts they are, as the parts found them.
     */
    record Person(EmailAddress email, Set<String> words, Set<ContactId> contacts) {

        public static Person of(EmailAddress email) {
            return new Person(email, Set.of(email.value()), Set.of());
        }

        public Person with(Set<String> moreWords, Set<ContactId> moreContacts) {
            Set<String> allWords = new HashSet<>(words);
            moreWords.stream().filter(w -> w != null && w.strip().length() >= 2).map(String::strip).forEach(allWords::add);
            Set<ContactId> allContacts = new HashSet<>(contacts);
            allContacts.addAll(moreContacts);
            return new Person(email, Set.copyOf(allWords), Set.copyOf(allContacts));
        }

        /** The text with every word that names the person replaced, longest first (a full name before its parts). */
        public String scrub(String text) {
            if (text == null) {
                return null;
            }
            String scrubbed = text;
            for (String word : words.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                scrubbed = scrubbed.replaceAll("(?iu)" + Pattern.quote(word), Matcher.quoteReplacement(ERASED));
            }
            return scrubbed;
        }

        /** As {@link #scrub}, on JSON text: words that JSON would escape are left to the record's other fields. */
        public String scrubJson(String json) {
            return new Person(email, Set.copyOf(words.stream().filter(w -> !w.contains("\"") && !w.contains("\\")).toList()), contacts)
                    .scrub(json);
        }

        /** The address that replaces theirs: unique per record, and one no mail can reach (RFC 2606). */
        public static String erasedAddress(Object record) {
            return "erased-" + String.valueOf(record).replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@erased.invalid";
        }
    }

    /** The part's name in the export. */
    String part();

    /** The person with what this part knows them by added. */
    default Person identify(Person person) {
        return person;
    }

    /** Everything this part holds about the person, one map per record. */
    List<Map<String, Object>> export(Person person);

    /** Replaces the person's names, numbers and address in this part; returns how many records changed. */
    int erase(Person person);
}
