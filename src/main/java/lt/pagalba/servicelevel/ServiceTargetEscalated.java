package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.RequestId;

/**
 * A request's target is near or past, told once (issue 17): the lead is told, and once it is past (or
 * when nobody leads) the administrators too; {@code recipients} are their e-mail addresses.
 */
public record ServiceTargetEscalated(RequestId requestId, String number, AtRisk.Target target, AtRisk.Level level,
                                     OffsetDateTime due, String lead, List<String> recipients) {
}
