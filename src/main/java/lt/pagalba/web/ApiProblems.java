package lt.pagalba.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.TypedIdConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every API error as an RFC 9457 problem detail. Invalid input names every bad field at once:
 * {@code errors: [{"field", "code", "message"}]}; messages are in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldErrorView(String field, String code, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldErrorView> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldErrorView(error.getField(), codeOf(error.getCode(), error.getRejectedValue(), error.getArguments()),
                    messages.getMessage(error, LocaleContextHolder.getLocale())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new FieldErrorView("",
                "invalid", messages.getMessage(error, LocaleContextHolder.getLocale()))));
        return ResponseEntity.status(UNPROCESSABLE).body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorView> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldErrorView(
                        result.getMethodParameter().getParameterName(), codeOf(error.getCodes() == null ? null
                                : lastCode(error.getCodes()), result.getArgument(), error.getArguments()),
                        messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .toList();
        return ResponseEntity.status(UNPROCESSABLE).body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(ex.getCause()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        var unknownId = TypedIdConverter.notFoundIn(ex);
        if (unknownId.isPresent()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(unknownId.get()).getBody());
        }
        // a query parameter or path variable of the wrong type (?page=abc, ?from=2026-13-45): named like a body field
        String field = ex.getPropertyName() == null ? "" : ex.getPropertyName();
        String detail = text("problem.unreadable.field", field);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle(text("problem.unreadable.title"));
        body.setProperty("errors", List.of(new FieldErrorView(field, "malformed", detail)));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> jackson(JacksonException ex) {
        return ResponseEntity.badRequest().body(unreadable(ex));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException ex) {
        List<FieldErrorView> errors = ex.getConstraintViolations().stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(this::view).toList();
        return ResponseEntity.status(UNPROCESSABLE).body(invalid(errors));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        List<FieldErrorView> errors = ex.problems().stream().map(p -> new FieldErrorView(p.field(), p.code(),
                text(p.messageKey(), p.arguments()))).toList();
        return ResponseEntity.status(UNPROCESSABLE).body(invalid(errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, text("problem.notFound", text("subject." + ex.subject()), ex.id()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, text(ex.messageKey(), ex.arguments()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        log.info("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
        if (ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
            // text PostgreSQL cannot store (a NUL character) that came another way than a JSON string: bad input
            return ResponseEntity.badRequest().body(unreadable(null));
        }
        return problem(HttpStatus.CONFLICT, text("problem.integrity"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex) {
        return problem(HttpStatus.UNAUTHORIZED, text("problem.unauthorized"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
        // value types refuse invalid values; reaching here means a check before them was missed
        log.warn("Invalid value reached a value type", ex);
        return problem(UNPROCESSABLE, ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
        try {
            ResponseEntity<Object> handled = handleException(ex, request);
            if (handled != null) {
                return handled;
            }
        } catch (Exception notStandard) {
            // falls through to a 500
        }
        log.error("Unexpected error", ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal"));
        return ResponseEntity.internalServerError().body(body);
    }

    private ProblemDetail invalid(List<FieldErrorView> errors) {
        Map<String, FieldErrorView> oneEach = new LinkedHashMap<>();
        for (FieldErrorView error : errors) {
            // one error per field, and "required" says the most
            oneEach.merge(error.field(), error, (a, b) -> "required".equals(b.code()) ? b : a);
        }
        List<FieldErrorView> list = List.copyOf(oneEach.values());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(UNPROCESSABLE, text("problem.invalid",
                String.join(", ", list.stream().map(FieldErrorView::field).toList())));
        body.setTitle(text("problem.invalid.title"));
        body.setProperty("errors", list);
        return body;
    }

    private ProblemDetail unreadable(Throwable cause) {
        String field = cause instanceof DatabindException databind ? pathOf(databind) : "";
        String detail = field.isEmpty() ? text("problem.unreadable") : text("problem.unreadable.field", field);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle(text("problem.unreadable.title"));
        if (!field.isEmpty()) {
            body.setProperty("errors", List.of(new FieldErrorView(field, "malformed", detail)));
        }
        return body;
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

    private FieldErrorView view(ConstraintViolation<?> violation) {
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
        return new FieldErrorView(field, codeOf(constraint, violation.getInvalidValue(), args.toArray()),
                messages.getMessage(resolvable, LocaleContextHolder.getLocale()));
    }

    private static String lastCode(String[] codes) {
        return codes.length == 0 ? null : codes[codes.length - 1];
    }

    /** The stable code of a broken constraint, for programs: required, too_long, too_short, out_of_range, invalid. */
    static String codeOf(String constraint, Object rejected, Object[] arguments) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" -> lengthOf(rejected) > maxOf(arguments) ? "too_long" : "too_short";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "Range" -> "out_of_range";
            default -> "invalid";
        };
    }

    private static int lengthOf(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        return 0;
    }

    private static long maxOf(Object[] arguments) {
        // Spring passes the field name first, then the constraint's attributes by name: max, min
        if (arguments != null && arguments.length > 1 && arguments[1] instanceof Number max) {
            return max.longValue();
        }
        return Long.MAX_VALUE;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
