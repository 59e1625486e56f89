package lt.pagalba.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lt.pagalba.shared.Problems;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the servlet container sends every error no controller answered itself: an unknown path, a
 * method the path does not take, a body too large. Under {@code /api/} the answer is a problem
 * detail like every other API error; elsewhere Pagalba's error page. {@code /error} asked for
 * directly names nothing: 404.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;
    private final Problems problems;

    ErrorPages(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.problems = new Problems(messages, locales, json);
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = statusOf(request, response);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String failed && isApi(failed)) {
            problems.write(request, response, status, problems.statusText(request, status));
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("detail", messages.getMessage("error.status." + status, null, problems.statusText(request, status),
                LocaleContextHolder.getLocale()));
        return page;
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /**
     * The status the container set (none when {@code /error} itself was asked for), except for a body
     * the caller broke before any handler was chosen: a multipart body without its boundary is a 400.
     */
    private static int statusOf(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && NestedExceptionUtils.getMostSpecificCause(failure) instanceof FileUploadException) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return HttpStatus.BAD_REQUEST.value();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : HttpStatus.NOT_FOUND.value();
        return HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR.value() : status;
    }
}
