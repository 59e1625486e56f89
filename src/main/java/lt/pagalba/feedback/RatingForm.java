package lt.pagalba.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;

/**
 * The public rating form: 1 to 5 (taken as text, so anything odd is told as out of range beside the
 * field, {@code Pattern.rating} in the bundles) and an optional word.
 */
record RatingForm(@NotBlank @Pattern(regexp = "\\s*[1-5]\\s*") String rating,
                  @Size(max = Rating.MAX_COMMENT) String comment) {

    /** The answer the form gives, once it is valid: the comment stripped, none when blank. */
    Answer answer() {
        return new Answer(Integer.parseInt(rating.strip()), comment == null || comment.isBlank() ? null : comment.strip());
    }

    /** Whether the form chose this rating: a form that comes back keeps the choice (public: the page asks). */
    public boolean chose(int n) {
        return rating != null && rating.strip().equals(String.valueOf(n));
    }

    /** The answer of a form not checked by its annotations (the portal's), or the refusal naming each bad field. */
    static Answer checked(String rating, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null || rating.isBlank()) {
            problems.add(FieldProblem.required("rating"));
        } else if (!rating.matches("\\s*[1-5]\\s*")) {
            problems.add(FieldProblem.invalid("rating", "feedback.rating.invalid"));
        }
        if (comment != null && comment.length() > Rating.MAX_COMMENT) {
            problems.add(new FieldProblem("comment", "too_long", "feedback.comment.tooLong", Rating.MAX_COMMENT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RatingForm(rating, comment).answer();
    }

    /** A valid answer: a rating of 1 to 5 and an optional word. */
    record Answer(int rating, String comment) {
    }
}
