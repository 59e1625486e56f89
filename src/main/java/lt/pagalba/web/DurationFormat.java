package lt.pagalba.web;

import org.springframework.stereotype.Component;

/** Minutes on pages as hours and minutes, {@code 1:30}, the way timesheets write them: {@code ${@durations.hm(m)}}. */
@Component("durations")
class DurationFormat {

    public String hm(int minutes) {
        int abs = Math.abs(minutes);
        return (minutes < 0 ? "−" : "") + abs / 60 + ":" + String.format("%02d", abs % 60);
    }
}
