package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import lt.pagalba.servicelevel.AtRisk.Level;
import lt.pagalba.shared.LiveNotices;
import lt.pagalba.shared.LiveNotices.Audience;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells of requests nearing or past their targets, each target and level once: the row in
 * {@code service_escalation} is written first, and only the transaction that wrote it tells, so two
 * instances checking the same minute tell once between them. The telling is an event kept in the event
 * publication registry (mail turns it into e-mails) and a live notice to the lead, and past the target
 * to the administrators.
 */
@Service
public class Escalations {

    private final RiskWatch watch;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final LiveNotices notices;

    Escalations(RiskWatch watch, JdbcClient jdbc, StaffDirectory staff, ApplicationEventPublisher events, LiveNotices notices) {
        this.watch = watch;
        this.jdbc = jdbc;
        this.staff = staff;
        this.events = events;
        this.notices = notices;
    }

    /** What the page shows of a notice and links to. */
    record Notice(String requestId, String number, String target, String level) {
    }

    /** Tells of every request at risk at {@code now} not yet told of; returns how many were told. */
    @Transactional
    public int check(OffsetDateTime now) {
        int told = 0;
        for (AtRisk risk : watch.atRisk(now)) {
            if (firstToTell(risk)) {
                tell(risk);
                told++;
            }
        }
        return told;
    }

    private boolean firstToTell(AtRisk risk) {
        return jdbc.sql("""
                INSERT INTO service_escalation (request_id, target, level) VALUES (:request, :target, :level)
                ON CONFLICT DO NOTHING
                """).param("request", risk.requestId().value()).param("target", risk.target().name())
                .param("level", risk.level().name()).update() == 1;
    }

    private void tell(AtRisk risk) {
        boolean administrators = risk.level() == Level.PAST || risk.lead() == null;
        Set<String> recipients = new LinkedHashSet<>();
        if (risk.lead() != null) {
            staff.find(risk.lead()).filter(StaffMember::active).ifPresent(m -> recipients.add(m.email().value()));
        }
        if (administrators) {
            staff.all().stream().filter(m -> m.active() && m.hasRole(Role.ADMINISTRATOR))
                    .forEach(m -> recipients.add(m.email().value()));
        }
        events.publishEvent(new ServiceTargetEscalated(risk.requestId(), risk.number(), risk.target(), risk.level(),
                risk.due(), risk.lead(), new ArrayList<>(recipients)));
        Notice notice = new Notice(risk.requestId().text(), risk.number(), risk.target().name(), risk.level().name());
        if (risk.lead() != null) {
            notices.send(Audience.staffMember(risk.lead()), "serviceTarget", notice);
        }
        if (administrators) {
            notices.send(Audience.everyone(Role.ADMINISTRATOR), "serviceTarget", notice);
        }
    }
}
