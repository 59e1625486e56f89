package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The e-mails read as written: texts from the bundles in the reader's language, the signature last. */
class MailTemplatesTests {

    private final MailTemplates templates = new MailTemplates(messages(), "UAB „Stekas“", "info@stekas.lt", "+370 5 2780670",
            "https://pagalba.stekas.lt");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theUrgentMailIsLithuanianPlainTextAndHtmlWithTheSignature() {
        var body = templates.render("urgent-assigned", Locale.forLanguageTag("lt"), Map.of("number", "2026-000123",
                "clientName", "UAB „Šaltinėlis“", "summary", "Neveikia ataskaitų spausdinimas",
                "link", "https://pagalba.stekas.lt/requests/1"));

        assertThat(body.text()).isEqualTo("""
                Jums paskirtas skubus kreipinys 2026-000123.

                Klientas: UAB „Šaltinėlis“
                Trumpai: Neveikia ataskaitų spausdinimas

                Susisiekite su klientu kuo greičiau.

                Atidaryti kreipinį: https://pagalba.stekas.lt/requests/1

                --\s
                UAB „Stekas“
                info@stekas.lt
                +370 5 2780670
                """);
        assertThat(body.html()).startsWith("<!DOCTYPE html><html lang=\"lt\">")
                .contains("<a href=\"https://pagalba.stekas.lt/requests/1\">Atidaryti kreipinį</a>",
                        "UAB „Šaltinėlis“", "UAB „Stekas“<br>info@stekas.lt<br>+370 5 2780670");
    }

    @Test
    void theUrgentMailLeavesOutAMissingSummary() {
        var body = templates.render("urgent-assigned", Locale.forLanguageTag("lt"), Map.of("number", "2026-000124",
                "clientName", "UAB Be santraukos", "summary", "", "link", "https://pagalba.stekas.lt/requests/2"));

        assertThat(body.text()).doesNotContain("Trumpai").contains("Klientas: UAB Be santraukos\n\nSusisiekite");
        assertThat(body.html()).doesNotContain("Trumpai");
    }

    @Test
    void aProformaMailInEnglishSaysWhatIsDueAndWhen() {
        Map<String, Object> model = new HashMap<>();
        model.put("what", "proforma invoice");
        model.put("number", "IS-2026-000007");
        model.put("amount", "1,234.50 EUR");
        model.put("dueDate", LocalDate.of(2026, 12, 10));

        var body = templates.render("invoice-issued", Locale.ENGLISH, model);

        assertThat(body.text()).isEqualTo("""
                Hello,

                please find attached proforma invoice IS-2026-000007 (PDF).

                Amount due: 1,234.50 EUR.
                Please pay by 2026-12-10.

                Thank you for using our services.

                Kind regards

                --\s
                UAB „Stekas“
                info@stekas.lt
                +370 5 2780670
                """);
        assertThat(body.html()).contains("<html lang=\"en\">", "Amount due: 1,234.50 EUR.", "Please pay by 2026-12-10.");
    }

    @Test
    void aVatInvoiceMailInLithuanianHasNoAmountDue() {
        Map<String, Object> model = new HashMap<>();
        model.put("what", "PVM sąskaitą faktūrą");
        model.put("number", "SF-2026-000003");

        var body = templates.render("invoice-issued", Locale.forLanguageTag("lt"), model);

        assertThat(body.text()).startsWith("""
                Sveiki,

                siunčiame PVM sąskaitą faktūrą SF-2026-000003 (PDF priede).

                Dėkojame, kad naudojatės mūsų paslaugomis.

                Pagarbiai
                """);
        assertThat(body.html()).doesNotContain("Mokėtina");
    }
}
