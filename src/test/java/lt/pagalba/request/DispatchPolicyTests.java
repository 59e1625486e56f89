package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.DispatchPolicy.OnDuty;
import lt.pagalba.request.DispatchPolicy.Reason;
import lt.pagalba.request.DispatchPolicy.Situation;
import lt.pagalba.request.DispatchPolicy.Wish;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffMember;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5, R6, R10 as a rule: who leads a new request, decided from the wish, the permanent consultant and who is on duty. */
class DispatchPolicyTests {

    /**
     * The wish: empty for none, {@code ?} for a name nobody has, {@code name-} for a consultant who
     * left. On duty: {@code username=open requests}. The lead: {@code -} for nobody.
     */
    @ParameterizedTest(name = "wish {0}, permanent {1}, on duty [{2}], urgent {3} -> {4} ({5}, {6})")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # wish  | permanent | on duty          | urgent | lead  | wish's outcome | reason
                    |           |                  | false  | -     |                | ADMINISTRATOR_DECIDES
                    |           |                  | true   | -     |                | NOBODY_ON_DUTY
                    |           | jonas=3 ona=1    | false  | -     |                | ADMINISTRATOR_DECIDES
                    |           | jonas=3 ona=1    | true   | ona   |                | LEAST_LOADED
                    |           | jonas=1 ona=1    | true   | jonas |                | LEAST_LOADED
                    | jonas     | jonas=5 ona=0    | false  | jonas |                | PERMANENT
                    | jonas     | jonas=5 ona=0    | true   | jonas |                | PERMANENT
                    | jonas     | ona=4            | false  | -     |                | ADMINISTRATOR_DECIDES
                    | jonas     | ona=4            | true   | ona   |                | LEAST_LOADED
            jonas   |           | jonas=7 ona=0    | true   | jonas | HONOURED       | REQUESTED
            jonas   | ona       | jonas=7 ona=0    | false  | jonas | HONOURED       | REQUESTED
            jonas   | ona       | ona=0            | false  | ona   | NOT_ON_DUTY    | PERMANENT
            jonas   |           | ona=2            | false  | -     | NOT_ON_DUTY    | ADMINISTRATOR_DECIDES
            jonas   |           | ona=2            | true   | ona   | NOT_ON_DUTY    | LEAST_LOADED
            jonas-  |           | ona=2            | false  | -     | INACTIVE       | ADMINISTRATOR_DECIDES
            jonas-  | ona       | ona=2            | false  | ona   | INACTIVE       | PERMANENT
            ?       |           | ona=2            | true   | ona   | UNKNOWN        | LEAST_LOADED
            ?       |           |                  | true   | -     | UNKNOWN        | NOBODY_ON_DUTY
            """)
    void decidesWhoLeads(String wish, String permanent, String onDuty, boolean urgent, String lead,
                         RequestedConsultantOutcome outcome, Reason reason) {
        Decision decision = DispatchPolicy.decide(aSituation().wishing(wish).permanent(permanent).onDuty(onDuty)
                .urgent(urgent).build());

        assertThat(decision.lead().map(OnDuty::username)).isEqualTo("-".equals(lead) ? Optional.empty() : Optional.of(lead));
        assertThat(decision.requestedOutcome()).isEqualTo(outcome);
        assertThat(decision.reason()).isEqualTo(reason);
    }

    @Test
    void theLeadComesWithTheAddressTheyAreToldAt() {
        Decision decision = DispatchPolicy.decide(aSituation().onDuty("ona=0").urgent(true).build());
        assertThat(decision.lead()).contains(new OnDuty("ona", "ona@stekas.lt", 0));
    }

    /** The name a client gives, against the staff list: the username, or the full name in either order, of a consultant. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # asked for        | meant  | active
            jonas              | jonas  | true
            Jonas Jonaitis     | jonas  | true
            jonaitis jonas     | jonas  | true
            petras             | petras | false
            Petras Petraitis   | petras | false
            Ona Onaitė         |        | false
            buhalterė          |        | false
            Nežinomas Žmogus   |        | false
            """)
    void theWishIsTheConsultantTheClientNamed(String asked, String meant, boolean active) {
        List<StaffMember> staff = List.of(
                consultant("jonas", "Jonas", "Jonaitis", true),
                consultant("petras", "Petras", "Petraitis", false),
                consultant("ona", "Ona", "Onaitė", true),
                consultant("ona2", "Ona", "Onaitė", true),
                new StaffMember("buhalterė", "Rasa", "Rasienė", new EmailAddress("r@stekas.lt"), null, Set.of(Role.ACCOUNTANT), true, true));

        assertThat(Dispatcher.wish(asked, staff)).isEqualTo(meant == null ? Wish.NOBODY : new Wish(meant, active));
    }

    private static StaffMember consultant(String username, String firstName, String lastName, boolean active) {
        return new StaffMember(username, firstName, lastName, new EmailAddress(username + "@stekas.lt"), null, Set.of(Role.CONSULTANT), active, true);
    }

    private static SituationBuilder aSituation() {
        return new SituationBuilder();
    }

    /** A situation to decide in, said the way the table says it. */
    private static final class SituationBuilder {
        private Optional<Wish> wish = Optional.empty();
        private String permanent;
        private final List<OnDuty> onDuty = new ArrayList<>();
        private boolean urgent;

        SituationBuilder wishing(String wish) {
            this.wish = Optional.ofNullable(wish).map(w -> "?".equals(w) ? Wish.NOBODY
                    : w.endsWith("-") ? new Wish(w.substring(0, w.length() - 1), false) : new Wish(w, true));
            return this;
        }

        SituationBuilder permanent(String username) {
            this.permanent = username;
            return this;
        }

        SituationBuilder onDuty(String list) {
            if (list != null) {
                Arrays.stream(list.trim().split("\\s+")).map(c -> c.split("=", 2)).forEach(c ->
                        onDuty.add(new OnDuty(c[0], c[0] + "@stekas.lt", Long.parseLong(c[1]))));
            }
            return this;
        }

        SituationBuilder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        Situation build() {
            return new Situation(wish, permanent, List.copyOf(onDuty), urgent);
        }
    }
}
