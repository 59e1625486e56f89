package lt.pagalba.client;

import java.util.Optional;
import lt.pagalba.shared.SetupCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** No client has an hourly rate: a billing run would skip every client (B-rules need a rate to bill time). */
@Component
class NoClientRates implements SetupCheck {

    private final JdbcClient jdbc;

    NoClientRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SetupStep> pending() {
        boolean anyRate = jdbc.sql("SELECT EXISTS (SELECT 1 FROM client WHERE hourly_rate IS NOT NULL)").query(Boolean.class).single();
        return anyRate ? Optional.empty() : Optional.of(new SetupStep("rates", "setup.rates", "/clients"));
    }
}
