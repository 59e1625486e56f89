package lt.pagalba.billing;

import java.util.Optional;
import lt.pagalba.shared.InvoiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The PDF of each issued document as it was first made (issue 14): every download and e-mail sends these bytes. */
@Repository
class StoredPdfs {

    private final JdbcClient jdbc;

    StoredPdfs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> find(InvoiceId id) {
        return jdbc.sql("SELECT pdf FROM invoice_pdf WHERE invoice_id = :id").param("id", id.value()).query(byte[].class).optional();
    }

    /** Keeps a document's PDF unless one is kept already (two first downloads at once keep one), and answers the kept one. */
    byte[] keep(InvoiceId id, byte[] pdf) {
        jdbc.sql("INSERT INTO invoice_pdf (invoice_id, pdf) VALUES (:id, :pdf) ON CONFLICT (invoice_id) DO NOTHING")
                .param("id", id.value()).param("pdf", pdf).update();
        return find(id).orElseThrow();
    }
}
