package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.Role;

/** The rules a work entry keeps (R8, R9, B5), as pure functions of the work and the day: each problem names its field. */
final class WorkEntryRules {

    static final int MAX_MINUTES = 1440;
    static final int MAX_DAYS_BACK = 92;

    private WorkEntryRules() {
    }

    static List<FieldProblem> problemsOf(WorkDone work, Actor actor, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        int minutes = work.minutes();
        if (minutes == 0 || minutes > MAX_MINUTES || minutes < -MAX_MINUTES) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.range", MAX_MINUTES));
        } else if (minutes < 0 && work.corrects() == null) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.negative"));
        } else if (minutes > 0 && work.corrects() != null) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.correctionPositive"));
        }
        if (work.workDate().isAfter(today)) {
            problems.add(FieldProblem.invalid("workDate", "journal.workDate.future"));
        } else if (isLate(work.workDate(), today) && !(actor.hasRole(Role.ADMINISTRATOR) && work.reason() != null)) {
            problems.add(FieldProblem.invalid("workDate", "journal.workDate.tooOld", MAX_DAYS_BACK));
        }
        if (work.mode() == WorkMode.ON_SITE && work.reason() == null) {
            problems.add(FieldProblem.invalid("reason", "journal.reason.onSite"));
        }
        return problems;
    }

    /** {@code ownMinutes}: what this correction already takes away when it is changed (it does not count twice). */
    static List<FieldProblem> correctionProblems(int minutes, Optional<WorkEntry> corrected, int ownMinutes) {
        if (corrected.isEmpty()) {
            return List.of(FieldProblem.invalid("corrects", "journal.corrects.unknown"));
        }
        WorkEntry target = corrected.get();
        if (target.isCorrection()) {
            return List.of(FieldProblem.invalid("corrects", "journal.corrects.correction"));
        }
        int left = target.work().minutes() + target.correctedMinutes() - ownMinutes;
        return minutes < 0 && -minutes > left
                ? List.of(new FieldProblem("minutes", "out_of_range", "journal.corrects.tooMuch", left)) : List.of();
    }

    static boolean isLate(LocalDate workDate, LocalDate today) {
        return workDate.isBefore(today.minusDays(MAX_DAYS_BACK));
    }
}
