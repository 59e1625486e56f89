package lt.pagalba.feedback;

/** The public rating form: 1 to 5 (as sent, so anything odd is told as out of range) and an optional word. */
record RatingForm(String rating, String comment) {

    /** The rating as a number: null when none was chosen, 0 when it is no number at all. */
    public Integer number() {
        if (rating == null || rating.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(rating.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
