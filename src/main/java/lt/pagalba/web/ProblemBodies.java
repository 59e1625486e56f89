package lt.pagalba.web;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * The bodies of the 400 and 422 answers: every bad field named once, with a stable code and a
 * message in the caller's language, whichever check found it (binding, Bean Validation, a service).
 */
final class ProblemBodies {

    static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;

    private final MessageSource messages;
    private final Problems problems;

    ProblemBodies(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /** 422 naming every field; one error per field, and "required" says the most. */
    ProblemDetail invalid(List<FieldErrorView> errors) {
        Map<String, FieldErrorView> oneEach = new LinkedHashMap<>();
        for (FieldErrorView error : errors) {
            oneEach.merge(error.field(), error, (a, b) -> "required".equals(b.code()) ? b : a);
        }
        List<FieldErrorView> list = List.copyOf(oneEach.values());
        ProblemDetail body = problems.of(UNPROCESSABLE, "problem.invalid",
                String.join(", ", list.stream().map(FieldErrorView::field).toList()));
        body.setTitle(problems.text("problem.invalid.title"));
        body.setProperty("errors", list);
        return body;
    }

    /** 400 for a body that could not be read, naming the field when the parser knows it. */
    ProblemDetail unreadable(Throwable cause) {
        if (NestedExceptionUtils.getRootCause(cause) instanceof StrictUtf8.Refused || cause instanceof StrictUtf8.Refused) {
            return malformed(problems.text("problem.utf8"), null);
        }
        String field = cause instanceof DatabindException databind ? pathOf(databind)
                : cause instanceof StreamReadException read && isDuplicateKey(read) ? pathOf(read) : "";
        return field.isEmpty() ? malformed(problems.text("problem.unreadable"), null) : malformed(field);
    }

    /** 400 for a value of the wrong type: a body field, a query parameter or a path variable. */
    ProblemDetail malformed(String field) {
        return malformed(problems.text("problem.unreadable.field", field), field);
    }

    private ProblemDetail malformed(String detail, String field) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle(problems.text("problem.unreadable.title"));
        if (field != null) {
            body.setProperty("errors", List.of(new FieldErrorView(field, "malformed", detail)));
        }
        return body;
    }

    FieldErrorView view(FieldError error) {
        return new FieldErrorView(error.getField(),
                ConstraintCodes.codeOf(error.getCode(), error.getRejectedValue(), error.getArguments()), text(error));
    }

    /** An error of a whole object, not one field. */
    FieldErrorView global(MessageSourceResolvable error) {
        return new FieldErrorView("", "invalid", text(error));
    }

    /** An error of a method parameter (a query parameter, say), named by the parameter. */
    FieldErrorView parameter(String name, Object rejected, MessageSourceResolvable error) {
        return new FieldErrorView(name, ConstraintCodes.codeOf(ConstraintCodes.lastCode(error.getCodes()), rejected,
                error.getArguments()), text(error));
    }

    /** A violation found by {@code Validation.check}, given the message Spring's binding would give it. */
    FieldErrorView view(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String field = violation.getPropertyPath().toString();
        String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        // the same arguments Spring gives a FieldError: the field, then the attributes by name (max, min, value)
        List<Object> args = new ArrayList<>(List.of(field));
        violation.getConstraintDescriptor().getAttributes().entrySet().stream()
                .filter(e -> List.of("max", "min", "value").contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> args.add(e.getValue()));
        var resolvable = new DefaultMessageSourceResolvable(new String[]{constraint + "." + leaf, constraint},
                args.toArray(), violation.getMessage());
        return new FieldErrorView(field, ConstraintCodes.codeOf(constraint, violation.getInvalidValue(), args.toArray()),
                text(resolvable));
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /** Jackson's strict duplicate detection says so only in its message. */
    private static boolean isDuplicateKey(StreamReadException ex) {
        return ex.getOriginalMessage() != null && ex.getOriginalMessage().startsWith("Duplicate");
    }

    /** Where the parser stood (on a key given twice): the names of the objects it was in, outermost first. */
    private static String pathOf(StreamReadException ex) {
        JsonParser parser = ex.processor();
        if (parser == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (TokenStreamContext at = parser.streamReadContext(); at != null && !at.inRoot(); at = at.getParent()) {
            names.add(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : String.valueOf(at.currentName()));
        }
        return String.join(".", names).replace(".[", "[");
    }

    private static String pathOf(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
