package lt.pagalba.staff;

/** The notification form as posted: an unticked box is not sent at all, so it binds as null and means no. */
record NotificationForm(String language, Boolean lead, Boolean member, Boolean urgent, Boolean escalation) {

    NotificationSettings settings() {
        return new NotificationSettings(language, Boolean.TRUE.equals(lead), Boolean.TRUE.equals(member),
                Boolean.TRUE.equals(urgent), Boolean.TRUE.equals(escalation));
    }
}
