package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        return table().on(day);
    }

    /** The whole table, read once for everything issued together (a billing run). */
    Table table() {
        return new Table(jdbc.sql("SELECT valid_from, rate FROM vat_rate ORDER BY valid_from DESC")
                .query((rs, n) -> new Rate(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).list());
    }

    record Rate(LocalDate validFrom, BigDecimal rate) {
    }

    /** The rates by the day each starts, latest first. */
    record Table(List<Rate> rates) {

        /**
         * The rate in force on a day: issue 14 takes it on the supply date, so a VAT invoice never differs
         * from its proforma. The table says nothing of days before its first rate: they take that one.
         */
        BigDecimal on(LocalDate day) {
            return rates.stream().filter(r -> !r.validFrom().isAfter(day)).findFirst()
                    .or(() -> rates.stream().reduce((later, earlier) -> earlier)).map(Rate::rate)
                    .orElseThrow(() -> new IllegalStateException("The VAT rate table is empty"));
        }
    }
}
