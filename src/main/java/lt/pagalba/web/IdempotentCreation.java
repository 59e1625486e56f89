package lt.pagalba.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.Problems;
import lt.pagalba.web.IdempotencyKeys.Answer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on the API's creating POSTs (those that answer 201): the same key from the same
 * caller within 24 hours gets the first answer again, status and body, and does nothing; the same key
 * with another body is a 422 naming the header. The key and its answer are written in the one
 * transaction the whole call then runs in (the modules' own transactions join it), so they are kept
 * exactly when the work is: a call refused or failed keeps no key, and a retry after a lost answer finds
 * the committed one. Calls without the header are not touched.
 */
@Component
class IdempotentCreation extends OncePerRequestFilter implements Ordered {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final RequestMappingHandlerMapping handlers;
    private final Problems problems;
    private final ProblemBodies bodies;
    private final LocaleResolver locales;
    private final JsonMapper json;

    IdempotentCreation(IdempotencyKeys keys, PlatformTransactionManager transactions,
                       @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
                       MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.keys = keys;
        this.transactions = transactions;
        this.handlers = handlers;
        this.problems = new Problems(messages, locales, json);
        this.bodies = new ProblemBodies(messages, problems);
        this.locales = locales;
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /** After the security filters: the caller is known. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).trim();
        if (caller == null || !caller.isAuthenticated() || !creates(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 255) {
            refuse(request, response, "idempotency.key.invalid");
            return;
        }
        CallFingerprint.Call call = CallFingerprint.of(request);
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            Optional<Answer> first = keys.takeOrFind(caller.getName(), key, call.fingerprint());
            if (first.isPresent()) {
                transactions.rollback(tx);
                replay(first.get(), call, request, response);
                return;
            }
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            chain.doFilter(call.request(), answer);
            if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                keys.keep(caller.getName(), key, answer.getStatus(), answer.getContentType(), answer.getContentAsByteArray());
                transactions.commit(tx);
            } else {
                transactions.rollback(tx);
            }
            answer.copyBodyToResponse();
        } finally {
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
        }
    }

    /** Whether the call goes to a creating operation: one whose success is 201 Created. */
    private boolean creates(HttpServletRequest request) {
        try {
            HandlerExecutionChain handler = handlers.getHandler(request);
            return handler != null && handler.getHandler() instanceof HandlerMethod method
                    && Optional.ofNullable(method.getMethodAnnotation(ResponseStatus.class))
                    .map(status -> status.value() == HttpStatus.CREATED || status.code() == HttpStatus.CREATED).orElse(false);
        } catch (Exception noHandler) {
            return false; // MVC answers the call as it would without the header (404, 405…)
        }
    }

    private void replay(Answer first, CallFingerprint.Call call, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!first.fingerprint().equals(call.fingerprint())) {
            refuse(request, response, "idempotency.key.reused");
            return;
        }
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(first.body());
    }

    /** A 422 problem naming the header, as invalid input is named everywhere in the API. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey) throws IOException {
        LocaleContextHolder.setLocale(locales.resolveLocale(request)); // MVC has not resolved the caller's language yet
        ProblemDetail problem = bodies.invalid(List.of(new FieldErrorView(HEADER, messageKey.substring(messageKey.lastIndexOf('.') + 1),
                problems.text(messageKey))));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
