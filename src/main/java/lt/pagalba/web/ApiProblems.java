package lt.pagalba.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Problems;
import lt.pagalba.shared.TypedIdConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of an API controller as an RFC 9457 problem detail, built by {@link Problems} like the
 * security filters' 401 and 403. Invalid input names every bad field at once:
 * {@code errors: [{"field", "code", "message"}]}; messages are in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    /** PostgreSQL's "character not in repertoire": text it cannot store (a NUL character). */
    private static final String UNSTORABLE_TEXT = "22021";

    private final Problems problems;
    private final ProblemBodies bodies;

    ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.problems = new Problems(messages, locales, json);
        this.bodies = new ProblemBodies(messages, problems);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldErrorView> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(bodies.view(error)));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(bodies.global(error)));
        return ResponseEntity.status(ProblemBodies.UNPROCESSABLE).body(bodies.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorView> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> bodies.parameter(
                        result.getMethodParameter().getParameterName(), result.getArgument(), error)))
                .toList();
        return ResponseEntity.status(ProblemBodies.UNPROCESSABLE).body(bodies.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(bodies.unreadable(ex.getCause()));
    }

    /** A query parameter or path variable of the wrong type (?page=abc) is named like a body field; an unknown id is a 404. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        var unknownId = TypedIdConverter.notFoundIn(ex);
        if (unknownId.isPresent()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(unknownId.get()).getBody());
        }
        return ResponseEntity.badRequest().body(bodies.malformed(ex.getPropertyName() == null ? "" : ex.getPropertyName()));
    }

    /** An upload above the servlet's ceiling is refused unread: 413, naming the files (the conversation's own limit is lower). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.upload.tooLarge");
        problem.setProperty("errors", List.of(new FieldErrorView("files", "too_large", problem.getDetail())));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> jackson(JacksonException ex) {
        return ResponseEntity.badRequest().body(bodies.unreadable(ex));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException ex) {
        List<FieldErrorView> errors = ex.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .map(bodies::view).toList();
        return ResponseEntity.status(ProblemBodies.UNPROCESSABLE).body(bodies.invalid(errors));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        List<FieldErrorView> errors = ex.problems().stream().map(p -> new FieldErrorView(p.field(), p.code(),
                problems.text(p.messageKey(), p.arguments()))).toList();
        return ResponseEntity.status(ProblemBodies.UNPROCESSABLE).body(bodies.invalid(errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return answer(problems.of(HttpStatus.NOT_FOUND, "problem.notFound", problems.text("subject." + ex.subject()), ex.id()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        return answer(problems.of(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        log.info("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
        if (ex.getMostSpecificCause() instanceof SQLException sql && UNSTORABLE_TEXT.equals(sql.getSQLState())) {
            // text PostgreSQL cannot store that came another way than a JSON string: bad input
            return ResponseEntity.badRequest().body(bodies.unreadable(null));
        }
        return answer(problems.of(HttpStatus.CONFLICT, "problem.integrity"));
    }

    /** Tomcat could not read the query (a parameter without a name, {@code ?=x}, or broken percent-encoding). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException ex) {
        return answer(problems.of(HttpStatus.BAD_REQUEST, "problem.parameters"));
    }

    /** The database is down or restarting: nothing was saved, and the caller may simply try again. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnreachable(Exception ex) {
        log.warn("The database could not be reached: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "problem.http.503"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return answer(problems.of(HttpStatus.FORBIDDEN, "problem.forbidden"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex) {
        return answer(problems.of(HttpStatus.UNAUTHORIZED, "problem.unauthorized"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
        // value types refuse invalid values; reaching here means a check before them was missed
        log.warn("Invalid value reached a value type", ex);
        return answer(ProblemDetail.forStatusAndDetail(ProblemBodies.UNPROCESSABLE, ex.getMessage()));
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
        return ResponseEntity.internalServerError().body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal"));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
