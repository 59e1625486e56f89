package lt.pagalba.audit;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The history of changes reads as text in both languages (issue 13 item 4): a client's life through the
 * API — created, changed, a contact, a contract with allowances changed and removed, statements ordered,
 * changed and stopped — and then every subject, action and field of its history has its words in both
 * bundles, and no value is shown as a code or as JSON.
 */
class AuditTextsTests extends ApiTestSupport {

    private static final Pattern RAW = Pattern.compile("\\?\\?|^[A-Z][A-Z_]+$|[\\[{]\"|^(lt|en)$|\\b(CONSULTATION|ADDITIONAL_WORK|MONTH|QUARTER)\\b");

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLabels labels;

    @Autowired
    MessageSource messages;

    @Test
    void everySubjectActionFieldAndValueOfAClientsHistoryIsInWords() {
        String client = aClientWithAHistory();
        List<AuditEntry> history = audit.historyOf(client, 200);
        assertThat(history).hasSizeGreaterThan(8);

        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.forLanguageTag("lt"), Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(locale);
            try {
                for (AuditEntry entry : history) {
                    need("audit.subject." + entry.subject(), locale, missing);
                    if (messages.getMessage("audit.action." + entry.subject() + "." + entry.action(), null, null, locale) == null) {
                        need("audit.action." + entry.action(), locale, missing);
                    }
                    for (AuditEntry.Change change : entry.changes()) {
                        need("audit.field." + change.field(), locale, missing);
                        for (String value : new String[]{change.before(), change.after()}) {
                            String shown = labels.value(value);
                            if (shown != null && RAW.matcher(shown).find()) {
                                missing.add(locale + ": " + change.field() + " = " + value + " shown as " + shown);
                            }
                        }
                    }
                }
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        assertThat(missing).as("words missing from the bundles").isEmpty();
        String page = admin().get("/clients/" + client).text();
        assertThat(page).doesNotContain("??").doesNotContain("billing.minimumMinutes").doesNotContain("\"category\"");
    }

    private String aClientWithAHistory() {
        var created = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","vatCode":"%s","address":"Gedimino pr. 1, Vilnius",
                 "email":"buhalterija@istorija.lt","phone":"+37052123456","language":"lt",
                 "billing":{"period":"MONTH","hourlyRate":"45.00","additionalWorkRate":"55.00","incrementMinutes":15,"minimumMinutes":30}}"""
                .formatted(unique("UAB „Istorija“ "), companyCode(), vatCode()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String client = created.field("id");
        ok(admin().patch("/api/v1/clients/" + client, """
                {"billing": {"period": "QUARTER", "minimumMinutes": 15}, "language": "en", "address": "Vilniaus g. 2, Kaunas"}"""));
        var contact = admin().post("/api/v1/clients/" + client + "/contacts", """
                {"firstName":"Ona","lastName":"Onaitė","position":"Buhalterė","phone":"867301937","email":"ona@istorija.lt"}""");
        assertThat(contact.status()).as(contact.text()).isEqualTo(201);
        ok(admin().patch("/api/v1/clients/" + client + "/contacts/" + contact.field("id"), "{\"position\":\"Vyr. buhalterė\"}"));
        var contract = admin().post("/api/v1/clients/" + client + "/contracts", aContract().from("2026-01-01").monthly()
                .including(600, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00").json());
        assertThat(contract.status()).as(contract.text()).isEqualTo(201);
        String contractPath = "/api/v1/clients/" + client + "/contracts/" + contract.field("id");
        ok(admin().patch(contractPath, """
                {"validTo": "2026-12-31", "allowances": [{"category": "CONSULTATION", "includedMinutes": 300, "overageHourlyRate": "42.00"},
                 {"category": "ADDITIONAL_WORK", "includedMinutes": 60, "overageHourlyRate": "50.00"}]}"""));
        assertThat(admin().delete(contractPath).status()).isEqualTo(204);
        ok(admin().put("/api/v1/clients/" + client + "/report-subscription", """
                {"email": "ona@istorija.lt", "requestedAt": "2026-10-01T10:00:00+03:00", "evidence": "email <1@istorija.lt>", "frequency": "MONTH"}"""));
        ok(admin().put("/api/v1/clients/" + client + "/report-subscription", """
                {"email": "ona@istorija.lt", "requestedAt": "2026-10-02T10:00:00+03:00", "evidence": "Paskambino", "frequency": "QUARTER"}"""));
        assertThat(admin().delete("/api/v1/clients/" + client + "/report-subscription").status()).isIn(200, 204);
        return client;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private void need(String key, Locale locale, List<String> missing) {
        if (messages.getMessage(key, null, null, locale) == null && !missing.contains(locale + ": " + key)) {
            missing.add(locale + ": " + key);
        }
    }
}
