package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Vilnius;

/**
 * Who works on a request (R7): at most one lead and any number of members. It remembers the writes
 * its changes need, in order, for {@link SupportRequests} to make.
 */
final class WorkingGroup {

    /** A change to one consultant's place in the group. */
    sealed interface Write permits Placed, Removed {
    }

    /** The consultant is in the group in this role, since {@code at} (kept when only the role changes). */
    record Placed(String consultant, AssignmentRole role, OffsetDateTime at, String by) implements Write {
    }

    record Removed(String consultant) implements Write {
    }

    // as the journal lists them: the lead first, then members by when they joined
    private static final Comparator<Assignment> ORDER = Comparator.comparing((Assignment a) -> a.role() == AssignmentRole.MEMBER)
            .thenComparing(Assignment::assignedAt).thenComparing(Assignment::consultant);

    private final List<Assignment> assignments;
    private final List<Write> writes = new ArrayList<>();

    WorkingGroup(List<Assignment> assignments) {
        this.assignments = new ArrayList<>(assignments);
    }

    Optional<String> lead() {
        return assignments.stream().filter(a -> a.role() == AssignmentRole.LEAD).map(Assignment::consultant).findFirst();
    }

    boolean isLead(String consultant) {
        return lead().filter(consultant::equals).isPresent();
    }

    boolean includes(String consultant) {
        return assignments.stream().anyMatch(a -> a.consultant().equals(consultant));
    }

    /** Whether the consultant is in the group in exactly this role. */
    boolean has(String consultant, AssignmentRole role) {
        return assignments.stream().anyMatch(a -> a.consultant().equals(consultant) && a.role() == role);
    }

    /**
     * Puts the consultant in the group in this role; a new lead takes over from the old one, who stays on
     * as a member. Returns the lead so demoted, if any.
     */
    Optional<String> place(String consultant, AssignmentRole role, Actor by) {
        Optional<String> demoted = role == AssignmentRole.LEAD ? lead().filter(lead -> !lead.equals(consultant)) : Optional.empty();
        demoted.ifPresent(lead -> put(lead, AssignmentRole.MEMBER, by));
        put(consultant, role, by);
        return demoted;
    }

    /** Takes the consultant out of the group; false when they were not in it. */
    boolean remove(String consultant) {
        boolean removed = assignments.removeIf(a -> a.consultant().equals(consultant));
        if (removed) {
            writes.add(new Removed(consultant));
        }
        return removed;
    }

    List<Assignment> assignments() {
        return assignments.stream().sorted(ORDER).toList();
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    private void put(String consultant, AssignmentRole role, Actor by) {
        OffsetDateTime since = assignments.stream().filter(a -> a.consultant().equals(consultant)).findFirst()
                .map(Assignment::assignedAt)
                .orElseGet(() -> OffsetDateTime.now(Vilnius.ZONE).truncatedTo(ChronoUnit.MICROS));
        assignments.removeIf(a -> a.consultant().equals(consultant));
        assignments.add(new Assignment(consultant, role, since));
        writes.add(new Placed(consultant, role, since, by.name()));
    }
}
