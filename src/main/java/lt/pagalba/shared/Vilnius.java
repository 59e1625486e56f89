package lt.pagalba.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Pagalba's dates are Lithuanian dates, whatever the server's time zone. */
public final class Vilnius {

    public static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

    private Vilnius() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
