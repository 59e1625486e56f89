package lt.pagalba.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;

/** Times on pages are Vilnius times, whatever the server's zone: {@code ${@dates.dateTime(t)}}. */
@Component("dates")
class DateFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(Vilnius.ZONE).format(DATE_TIME);
    }
}
