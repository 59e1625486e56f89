package lt.pagalba.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers what Tomcat refuses before Spring sees the request (a {@code %2F} in a path, a header over
 * the size limit, a broken request line): under {@code /api/} as a problem detail, elsewhere as a
 * small page, both in Lithuanian or English by {@code Accept-Language}, instead of Tomcat's own HTML.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;

    ContainerErrors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            // the host adds its error valve only when none of that class is in its pipeline yet
            host.getPipeline().addValve(new ProblemValve(messages));
            ((StandardHost) host).setErrorReportValveClass(ProblemValve.class.getName());
        });
    }

    static final class ProblemValve extends ErrorReportValve {

        private final MessageSource messages;

        ProblemValve(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String path = request.getCoyoteRequest().requestURI().toString();
            Locale locale = english(request) ? Locale.ENGLISH : WebConfiguration.LITHUANIAN;
            String general = messages.getMessage("problem.http", new Object[]{status}, "HTTP " + status, locale);
            String detail = messages.getMessage("problem.http." + status, null, general, locale);
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                if (ErrorPages.isApi(path)) {
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    write(response, "{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + json(title(status))
                            + "\",\"detail\":\"" + json(detail) + "\"}");
                } else {
                    response.setContentType(MediaType.TEXT_HTML_VALUE);
                    write(response, "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                            + "<title>Pagalba</title></head><body><h1>Pagalba</h1><p>" + HtmlUtils.htmlEscape(detail)
                            + "</p><p>" + status + "</p></body></html>");
                }
            } catch (IOException | IllegalStateException gone) {
                // the client went away or the response was already on its way: nothing left to tell
            }
        }

        private static boolean english(Request request) {
            String accept = request.getCoyoteRequest().getMimeHeaders().getHeader("Accept-Language");
            return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en");
        }

        private static String title(int status) {
            HttpStatus known = HttpStatus.resolve(status);
            return known == null ? "Error" : known.getReasonPhrase();
        }

        private static void write(Response response, String body) throws IOException {
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
