package lt.pagalba.journal;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A work entry's rules and changes alone (R8, R9, R11, B5), case by case, without a database. */
class WorkEntryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final RequestId REQUEST = RequestId.random();
    private static final ClientId CLIENT = ClientId.random();
    private static final Actor JONAS = new Actor("jonas", Set.of(Role.CONSULTANT.name()));
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR.name()));

    @ParameterizedTest(name = "{0} min, {1} days ago, {2}, reason {3}, by {4} -> {5}")
    @CsvSource({
            // minutes, days ago, mode, reason, by, refused fields
            "45, 0, REMOTE, -, jonas, -",
            "1440, 0, REMOTE, -, jonas, -",
            "0, 0, REMOTE, -, jonas, minutes",              // never zero minutes
            "1441, 0, REMOTE, -, jonas, minutes",
            "-10, 0, REMOTE, -, jonas, minutes",            // negative only for a correction
            "30, -1, REMOTE, -, jonas, workDate",           // not in the future
            "30, 92, REMOTE, -, jonas, -",                  // 92 days back at most
            "30, 93, REMOTE, paper, jonas, workDate",       // older only by an administrator …
            "30, 93, REMOTE, -, admin, workDate",           // … who gives a reason
            "30, 93, REMOTE, paper, admin, -",
            "120, 0, ON_SITE, -, jonas, reason",            // on site as an exception, with a reason (R8)
            "120, 0, ON_SITE, server down, jonas, -",
            "0, -1, ON_SITE, -, jonas, minutes workDate reason"}) // every problem named at once
    void newWorkIsRefusedNamingEachFieldThatBreaksARule(int minutes, int daysAgo, WorkMode mode, String reason, String by,
                                                         String refused) {
        WorkEntryBuilder work = aWorkEntry().of(minutes).minutes().on(TODAY.minusDays(daysAgo)).done(mode)
                .because("-".equals(reason) ? null : reason).by(by);

        assertThat(problemsLogging(work, Optional.empty(), "admin".equals(by) ? ADMIN : JONAS)).isEqualTo(fields(refused));
    }

    @ParameterizedTest(name = "correcting {0} min (already {1}) by {2} -> {3}")
    @CsvSource({
            // corrected entry's minutes, its corrections so far, correction, refused fields
            "50, 0, -50, -",        // all of it
            "50, -20, -30, -",      // the rest of it
            "50, -20, -31, minutes", // more than is left
            "50, 0, 10, minutes"})  // a correction takes minutes away
    void aCorrectionTakesAwayNoMoreThanIsLeftOfItsEntry(int correctedMinutes, int earlier, int correction, String refused) {
        WorkEntry corrected = stored(aWorkEntry().of(correctedMinutes).minutes(), "jonas", TODAY, earlier);

        assertThat(problemsLogging(aWorkEntry().of(correction).minutes().on(TODAY).by("jonas").correcting(corrected.id().text()),
                Optional.of(corrected), JONAS)).isEqualTo(fields(refused));
    }

    @Test
    void aCorrectionCitesAnEntryOfTheSameRequestThatIsNoCorrectionAndIsOfItsKind() {
        WorkEntry original = stored(aWorkEntry().of(60).minutes().as(WorkCategory.ADDITIONAL_WORK).done(WorkMode.EMAIL), "jonas", TODAY, 0);
        WorkEntryBuilder correction = aWorkEntry().of(-15).minutes().on(TODAY).by("jonas").correcting(original.id().text());

        WorkEntry logged = WorkEntry.log(WorkEntryId.random(), REQUEST, CLIENT, correction.work(), Optional.of(original), JONAS, TODAY);

        assertThat(logged.category()).isEqualTo(WorkCategory.ADDITIONAL_WORK);
        assertThat(logged.mode()).isEqualTo(WorkMode.EMAIL);
        assertThat(logged.recorded()).containsExactly(WorkEntry.Action.CORRECTION);
        WorkEntry ofOtherRequest = new WorkEntry(WorkEntryId.random(), RequestId.random(), CLIENT, aWorkEntry().work(),
                morningOf(TODAY), "jonas", false, 0);
        assertThat(problemsLogging(correction, Optional.of(ofOtherRequest), JONAS)).containsExactly("corrects");
        assertThat(problemsLogging(correction, Optional.empty(), JONAS)).containsExactly("corrects");
        WorkEntry aCorrection = stored(aWorkEntry().of(-5).minutes().correcting(WorkEntryId.random().text()), "jonas", TODAY, 0);
        assertThat(problemsLogging(correction, Optional.of(aCorrection), JONAS)).containsExactly("corrects");
    }

    @ParameterizedTest(name = "written by {0} {1} days ago, billed {2}: {3} may change it? {4}")
    @CsvSource({
            // author, days since written, billed, who asks, refusal
            "jonas, 0, false, jonas, -",
            "jonas, 0, false, admin, journal.entry.notAuthor",  // not even an administrator
            "jonas, 1, false, jonas, journal.entry.pastDay",    // the next day: a correction instead
            "jonas, 0, true, jonas, journal.entry.billed"})     // billed: a correction instead
    void onlyItsAuthorChangesOrDeletesAnEntryOnTheDayItWasWrittenWhileUnbilled(String author, int days, boolean billed,
                                                                               String who, String refusal) {
        Actor actor = "admin".equals(who) ? ADMIN : JONAS;
        WorkEntry entry = new WorkEntry(WorkEntryId.random(), REQUEST, CLIENT, aWorkEntry().by(author).on(TODAY).work(),
                morningOf(TODAY.minusDays(days)), author, billed, 0);
        WorkDone change = aWorkEntry().of(40).minutes().by(author).on(TODAY).work();

        if ("-".equals(refusal)) {
            entry.change(change, Optional.empty(), actor, TODAY);
            entry.delete(actor, TODAY);
            assertThat(entry.recorded()).containsExactly(WorkEntry.Action.UPDATED, WorkEntry.Action.DELETED);
            assertThat(entry.deletedBy()).isEqualTo(who);
        } else {
            assertThatThrownBy(() -> entry.change(change, Optional.empty(), actor, TODAY))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo(refusal));
            assertThatThrownBy(() -> entry.delete(actor, TODAY))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo(refusal));
            assertThat(WorkEntry.changeable(billed, author, morningOf(TODAY.minusDays(days)), actor, TODAY)).isFalse();
        }
    }

    @Test
    void anEntryWithCorrectionsIsDeletedOnlyAfterThemAndLateWorkIsRecordedAsSuch() {
        WorkEntry corrected = stored(aWorkEntry().of(60).minutes(), "jonas", TODAY, -15);
        assertThatThrownBy(() -> corrected.delete(JONAS, TODAY)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("journal.entry.hasCorrections"));

        WorkEntry late = WorkEntry.log(WorkEntryId.random(), REQUEST, CLIENT,
                aWorkEntry().on(TODAY.minusDays(100)).because("paper").work(), Optional.empty(), ADMIN, TODAY);
        assertThat(late.recorded()).containsExactly(WorkEntry.Action.CREATED_LATE);
    }

    /** An entry stored today by its author, with so many minutes of corrections. */
    private static WorkEntry stored(WorkEntryBuilder work, String author, LocalDate written, int corrections) {
        return new WorkEntry(WorkEntryId.random(), REQUEST, CLIENT, work.by(author).on(written).work(),
                morningOf(written), author, false, corrections);
    }

    private static OffsetDateTime morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(Vilnius.ZONE).toOffsetDateTime();
    }

    private static List<String> problemsLogging(WorkEntryBuilder work, Optional<WorkEntry> corrected, Actor actor) {
        try {
            WorkEntry.log(WorkEntryId.random(), REQUEST, CLIENT, work.work(), corrected, actor, TODAY);
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(FieldProblem::field).toList();
        }
    }

    private static List<String> fields(String refused) {
        return "-".equals(refused) ? List.of() : Arrays.asList(refused.split(" "));
    }
}
