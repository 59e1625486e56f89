package lt.pagalba.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import lt.pagalba.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The last word while PostgreSQL is down, outside every other filter: what fails beyond a
 * controller's reach (the shared session saved as a page is written, the login's account lookup)
 * becomes a 503 with {@code Retry-After}, as a controller's own failure does, never a 500. Its answer
 * needs neither the database nor a template.
 */
class DatabaseUnreachable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnreachable.class);

    private final MessageSource messages;

    DatabaseUnreachable(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!unreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database could not be reached: {}", failure.getMessage());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Lithuanian unless the browser asks for English first (no session to hold a choice while the database is away)
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        Locale locale = accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : new Locale("lt");
        String detail = messages.getMessage("problem.http.503", null, "Service unavailable", locale);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                    + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
                    + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<title>Pagalba</title></head><body><h1>503</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8") + "</p></body></html>");
        }
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException
                    // a connection lost under a driver call nobody translated (SQL state class 08: connection exception)
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    // the rollback after a lost connection fails too, on a connection the pool has closed
                    || cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
