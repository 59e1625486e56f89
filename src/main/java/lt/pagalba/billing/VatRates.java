package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** B7: the dated table of VAT rates. */
@Repository
class VatRates {

    private final JdbcClient jdbc;

    VatRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rate in force on a day, in percent. */
    BigDecimal on(LocalDate day) {
        return jdbc.sql("SELECT rate FROM vat_rate WHERE valid_from <= :day ORDER BY valid_from DESC LIMIT 1")
                .param("day", day).query(BigDecimal.class).single();
    }
}
