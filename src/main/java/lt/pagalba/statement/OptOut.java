package lt.pagalba.statement;

import jakarta.validation.constraints.Size;

/** The end of an opt-in, with the evidence that the client asked for it (optional). */
record OptOut(@Size(max = StatementRules.MAX_EVIDENCE) String evidence) {

    static final OptOut NONE = new OptOut(null);

    /** The evidence stripped; none when blank. */
    String text() {
        return evidence == null || evidence.isBlank() ? null : evidence.strip();
    }
}
