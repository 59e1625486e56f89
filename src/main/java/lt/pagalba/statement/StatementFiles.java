package lt.pagalba.statement;

import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.StatementId;
import org.springframework.stereotype.Component;

/**
 * A statement's files: the PDF exactly as it was made and sent (stored bytes, never re-rendered), and
 * the XLSX and CSV made again from the stored content, which says the same.
 */
@Component
public class StatementFiles {

    private final Statements statements;
    private final StatementSheets sheets;
    private final StatementCsv csv;

    StatementFiles(Statements statements, StatementSheets sheets, StatementCsv csv) {
        this.statements = statements;
        this.sheets = sheets;
        this.csv = csv;
    }

    public byte[] pdf(StatementId id) {
        return statements.pdf(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
    }

    /** {@code israsas-2026-10-01-2026-10-31.pdf}, or {@code statement-…} in English. */
    public String fileName(StatementId id, String extension) {
        Statement s = statements.find(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
        return ("en".equals(s.language()) ? "statement-" : "israsas-") + s.from() + "-" + s.to() + "." + extension;
    }

    byte[] xlsx(StatementId id) {
        return sheets.xlsx(content(id));
    }

    byte[] csv(StatementId id) {
        return csv.csv(content(id));
    }

    private StatementContent content(StatementId id) {
        return statements.content(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
    }
}
