package lt.pagalba.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Outgoing e-mails are Thymeleaf templates in {@code templates/mail/email/}: {@code <name>.txt} (plain
 * text, required) and {@code <name>.html} (the HTML body, optional), in the recipient's language
 * through the message bundles. Every mail ends with the vendor's signature from the settings.
 * Templates see the model given, plus {@code signature} and {@code baseUrl}.
 */
@Component
public class MailTemplates {

    /** The vendor's signature under every e-mail. */
    record Signature(String name, String email, String phone) {
    }

    private static final String PREFIX = "templates/mail/email/";

    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;
    private final Signature signature;
    private final String baseUrl;

    MailTemplates(MessageSource messages,
                  @Value("${pagalba.mail.signature.name}") String name,
                  @Value("${pagalba.mail.signature.email}") String email,
                  @Value("${pagalba.mail.signature.phone:}") String phone,
                  @Value("${pagalba.base-url}") String baseUrl) {
        this.text = engine(messages, ".txt", TemplateMode.TEXT);
        this.html = engine(messages, ".html", TemplateMode.HTML);
        this.signature = new Signature(name, email, phone);
        this.baseUrl = baseUrl;
    }

    private static SpringTemplateEngine engine(MessageSource messages, String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** Renders {@code name}.txt and, when it exists, {@code name}.html, each followed by the signature. */
    public MailBody render(String name, Locale locale, Map<String, ?> model) {
        Context context = new Context(locale);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("signature", signature);
        variables.put("baseUrl", baseUrl);
        context.setVariables(variables);
        String plain = text.process(name, context).strip() + "\n\n-- \n" + signatureText();
        String rich = getClass().getClassLoader().getResource(PREFIX + name + ".html") == null ? null
                : document(html.process(name, context), locale, null);
        return new MailBody(plain, rich);
    }

    /**
     * A mail a person wrote (a staff member's reply): their text and its HTML as given, signed with their
     * name above the vendor's signature.
     */
    public MailBody signed(MailBody written, String person, Locale locale) {
        String plain = written.text().strip() + "\n\n-- \n" + person + "\n" + signatureText();
        return new MailBody(plain, written.html() == null ? null : document(written.html(), locale, person));
    }

    private String signatureText() {
        StringBuilder s = new StringBuilder(signature.name());
        if (!signature.email().isBlank()) {
            s.append('\n').append(signature.email());
        }
        if (!signature.phone().isBlank()) {
            s.append('\n').append(signature.phone());
        }
        return s.append('\n').toString();
    }

    /** The body in a document with the signature under it; {@code person} (or null) signs above the vendor. */
    private String document(String body, Locale locale, String person) {
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:sans-serif;font-size:14px;line-height:1.4\">" + body
                + "<p style=\"color:#555;margin-top:2em\">-- <br>" + (person == null ? "" : escape(person) + "<br>")
                + escape(signature.name())
                + (signature.email().isBlank() ? "" : "<br>" + escape(signature.email()))
                + (signature.phone().isBlank() ? "" : "<br>" + escape(signature.phone())) + "</p></body></html>";
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
