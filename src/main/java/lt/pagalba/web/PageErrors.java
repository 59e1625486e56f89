package lt.pagalba.web;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Problems;
import lt.pagalba.shared.TypedIdConverter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Unknown records and conflicts on pages get a page that says so, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        String subject = messages.getMessage("subject." + e.subject(), null, e.subject(), LocaleContextHolder.getLocale());
        return page(HttpStatus.NOT_FOUND, messages.getMessage("problem.notFound", new Object[]{subject, e.id()},
                LocaleContextHolder.getLocale()));
    }

    /** A path variable that is no id of its kind names nothing (404); another wrong type is bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return TypedIdConverter.notFoundIn(e).map(this::notFound)
                .orElseGet(() -> page(HttpStatus.BAD_REQUEST, messages.getMessage("problem.unreadable.field",
                        new Object[]{e.getName()}, LocaleContextHolder.getLocale())));
    }

    /** A rule a page's input broke where no form could show it beside a field: the page says which. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        FieldProblem problem = e.problems().get(0);
        return page(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(problem.messageKey(), problem.arguments(),
                problem.messageKey(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
    }

    /**
     * A form value the database refused: text it cannot store (a NUL character, SQLSTATE 22021) is bad
     * input (400); anything else conflicts with what is stored (409). Never a 500, and nothing was saved.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByDatabase(DataIntegrityViolationException e) {
        boolean badText = e.getMostSpecificCause() instanceof SQLException sql && "22021".equals(sql.getSQLState());
        return page(badText ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
                messages.getMessage(badText ? "page.badText" : "problem.integrity", null, LocaleContextHolder.getLocale()));
    }

    /** The database is down or restarting: nothing was saved; the page says to try again shortly. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ModelAndView databaseUnreachable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        return page(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("problem.http.503", null, LocaleContextHolder.getLocale()));
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("detail", message);
        return view;
    }
}
