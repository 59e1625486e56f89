package lt.pagalba.statement;

import java.time.LocalDateTime;
import lt.pagalba.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API tests of statements, on the shared application context, with {@link StatementData}'s helpers. */
abstract class StatementTestSupport extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private StatementData data;

    private StatementData data() {
        if (data == null) {
            data = new StatementData(admin(), jdbc);
        }
        return data;
    }

    String client(String language, String email) {
        return data().client(language, email);
    }

    StatementData.Registered request(String clientId, String summary, String description, LocalDateTime receivedAt) {
        return data().request(clientId, summary, description, receivedAt);
    }

    String entry(String clientId, String requestId, String consultant, String day, int minutes, String category,
                 String description, String corrects) {
        return data().entry(clientId, requestId, consultant, day, minutes, category, description, corrects);
    }

    void subscribe(String clientId, String email, String frequency) {
        data().subscribe(clientId, email, frequency);
    }
}
