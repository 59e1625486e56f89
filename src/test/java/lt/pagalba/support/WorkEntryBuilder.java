package lt.pagalba.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.journal.WorkDone;
import lt.pagalba.journal.WorkMode;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A work entry for a test, said the way a consultant would: {@code aWorkEntry().of(45).minutes().on("2026-10-05")}.
 * Unless told otherwise it is consultation by phone, today, by {@code admin}, described as "Darbas".
 */
public final class WorkEntryBuilder {

    private String consultant = "admin";
    private LocalDate workDate = Vilnius.today();
    private int minutes = 30;
    private WorkMode mode = WorkMode.PHONE;
    private WorkCategory category = WorkCategory.CONSULTATION;
    private String description = "Darbas";
    private String reason;
    private String corrects;

    private WorkEntryBuilder() {
    }

    public static WorkEntryBuilder aWorkEntry() {
        return new WorkEntryBuilder();
    }

    /** So many minutes (negative for a correction); say {@code .minutes()} after it. */
    public WorkEntryBuilder of(int minutes) {
        this.minutes = minutes;
        return this;
    }

    public WorkEntryBuilder minutes() {
        return this;
    }

    public WorkEntryBuilder on(String day) {
        return on(LocalDate.parse(day));
    }

    public WorkEntryBuilder on(LocalDate day) {
        this.workDate = day;
        return this;
    }

    /** Of a category other than consultation. */
    public WorkEntryBuilder as(WorkCategory category) {
        this.category = category;
        return this;
    }

    public WorkEntryBuilder by(String consultant) {
        this.consultant = consultant;
        return this;
    }

    public WorkEntryBuilder done(WorkMode mode) {
        this.mode = mode;
        return this;
    }

    public WorkEntryBuilder described(String description) {
        this.description = description;
        return this;
    }

    public WorkEntryBuilder because(String reason) {
        this.reason = reason;
        return this;
    }

    /** A correction of an entry (B5): give negative minutes. */
    public WorkEntryBuilder correcting(String entryId) {
        this.corrects = entryId;
        return this;
    }

    /** The entry as the API takes it, every field named: a mutable map, to change one field at a time. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consultant", consultant);
        body.put("workDate", workDate.toString());
        body.put("minutes", minutes);
        body.put("mode", mode.name());
        body.put("category", category.name());
        body.put("description", description);
        body.put("reason", reason);
        body.put("corrects", corrects);
        return body;
    }

    /** The entry as the journal's service takes it. */
    public WorkDone work() {
        return new WorkDone(consultant, workDate, minutes, mode, category, description, reason,
                corrects == null ? null : WorkEntryId.parse(corrects));
    }

    /**
     * Writes the entry straight into the journal's table, on a request of a client, and returns its id:
     * for work of past years, which the API refuses (92 days back at most).
     */
    public String writtenInto(JdbcClient jdbc, String clientId, String requestId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, reason, corrects, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), :consultant, :day, :minutes, :mode, :category,
                  :description, :reason, CAST(:corrects AS uuid), now(), :consultant)
                """).param("id", id).param("request", requestId).param("client", clientId).param("consultant", consultant)
                .param("day", workDate).param("minutes", minutes).param("mode", mode.name()).param("category", category.name())
                .param("description", description).param("reason", reason).param("corrects", corrects).update();
        return id.toString();
    }
}
