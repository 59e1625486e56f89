package lt.pagalba.inbox;

import java.util.List;

/** What one poll did, and where its time went: reading the mailbox, processing, flagging (milliseconds). */
record MailboxPoll(int read, int registered, int joined, int ignored, int quarantined, int duplicates,
                   long fetchMillis, long processMillis, long flagMillis) {

    static final MailboxPoll OFF = new MailboxPoll(0, 0, 0, 0, 0, 0, 0, 0, 0);

    MailboxPoll took(long fetch, long process, long flag) {
        return new MailboxPoll(read, registered, joined, ignored, quarantined, duplicates, fetchMillis + fetch,
                processMillis + process, flagMillis + flag);
    }

    MailboxPoll plus(List<MailIntake.Outcome> outcomes) {
        int r = registered, j = joined, i = ignored, q = quarantined, d = duplicates;
        for (MailIntake.Outcome o : outcomes) {
            switch (o.status()) {
                case "REGISTERED" -> r++;
                case "JOINED" -> j++;
                case "IGNORED" -> i++;
                case "QUARANTINED" -> q++;
                default -> d++;
            }
        }
        return new MailboxPoll(read + outcomes.size(), r, j, i, q, d, fetchMillis, processMillis, flagMillis);
    }
}
