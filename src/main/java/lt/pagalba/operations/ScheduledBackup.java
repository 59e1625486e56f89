package lt.pagalba.operations;

import java.io.IOException;
import java.sql.SQLException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly backup of the embedded database ({@code pagalba.backups.schedule}, Vilnius time). */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class ScheduledBackup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);

    private final NightlyBackup backup;

    ScheduledBackup(NightlyBackup backup) {
        this.backup = backup;
    }

    @Scheduled(cron = "${pagalba.backups.schedule:0 30 2 * * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT2H")
    void backUp() {
        try {
            backup.backUp();
        } catch (IOException | SQLException | RuntimeException e) {
            // a failed backup must be seen in the log; the next night tries again
            log.error("The nightly backup failed", e);
        }
    }
}
