package lt.pagalba.web;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.Codes;
import lt.pagalba.support.Fixtures;
import lt.pagalba.web.AuthorizationMatrixTests.Caller;
import lt.pagalba.web.AuthorizationMatrixTests.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One valid call of every operation, for a caller on their own things ({@code own}) or on someone
 * else's: whatever the call needs (a client, a request the caller leads, an entry they wrote, an
 * invoice) is made fresh by an administrator first, so that an allowed call gets a 2xx.
 */
final class MatrixCalls {

    interface Scenario {
        Api.Response call(Caller caller, boolean own);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BILLED_MONTH = "2015-04";

    private final Supplier<Api> admin;
    private final JdbcClient jdbc;
    private final Api accountant;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Deque<String> proformas = new ArrayDeque<>();
    private String vatInvoice;
    private String readableInvoice;
    private String spareMember;
    private String spareLead;

    MatrixCalls(Supplier<Api> admin, JdbcClient jdbc, Api accountant) {
        this.admin = admin;
        this.jdbc = jdbc;
        this.accountant = accountant;
        staff();
        clients();
        statements();
        requests();
        journal();
        billing();
        others();
        new ConversationAndReportCalls(this::admin, jdbc, this::requestOf).register(this::on);
    }

    Set<String> known() {
        return scenarios.keySet();
    }

    Api.Response call(String key, Caller caller, boolean own) {
        Scenario scenario = scenarios.get(key);
        if (scenario == null) {
            throw new IllegalStateException("No way to call " + key + " yet: add it to MatrixCalls");
        }
        return scenario.call(caller, own);
    }

    private void on(String key, Scenario scenario) {
        scenarios.put(key, scenario);
    }

    private static String whose(Caller caller, boolean own) {
        return own ? caller.username() : caller.other();
    }

    private void staff() {
        on("GET /api/v1/staff", (c, own) -> c.api().get("/api/v1/staff"));
        on("POST /api/v1/staff", (c, own) -> c.api().post("/api/v1/staff", """
                {"username":"%s","firstName":"Ona","lastName":"Onaitė","email":"o@stekas.lt","roles":["CONSULTANT"],
                 "password":"a-long-enough-password"}""".formatted(unique("mxnew"))));
        on("GET /api/v1/staff/{username}", (c, own) -> c.api().get("/api/v1/staff/" + c.other()));
        on("PATCH /api/v1/staff/{username}", (c, own) -> c.api().patch("/api/v1/staff/" + newStaffMember(), "{\"firstName\":\"Rūta\"}"));
        on("PUT /api/v1/staff/{username}/availability", (c, own) ->
                c.api().put("/api/v1/staff/" + whose(c, own) + "/availability", "{\"available\": false}"));
        on("GET /api/v1/staff/{username}/tokens", (c, own) -> c.api().get("/api/v1/staff/" + whose(c, own) + "/tokens"));
        on("POST /api/v1/staff/{username}/tokens", (c, own) ->
                c.api().post("/api/v1/staff/" + whose(c, own) + "/tokens", "{\"name\":\"matrica\"}"));
        on("DELETE /api/v1/staff/{username}/tokens/{id}", (c, own) -> {
            String username = whose(c, own);
            String token = admin().post("/api/v1/staff/" + username + "/tokens", "{\"name\":\"matrica\"}").field("id");
            return c.api().delete("/api/v1/staff/" + username + "/tokens/" + token);
        });
    }

    private void clients() {
        on("GET /api/v1/clients", (c, own) -> c.api().get("/api/v1/clients"));
        on("POST /api/v1/clients", (c, own) -> c.api().post("/api/v1/clients", "{\"name\":\"%s\"}".formatted(unique("UAB Matrica "))));
        on("GET /api/v1/clients/{id}", (c, own) -> c.api().get("/api/v1/clients/" + newClient()));
        on("PATCH /api/v1/clients/{id}", (c, own) -> c.api().patch("/api/v1/clients/" + newClient(), "{\"address\":\"Vilnius\"}"));
        on("GET /api/v1/clients/{id}/contacts", (c, own) -> c.api().get("/api/v1/clients/" + newClient() + "/contacts"));
        on("POST /api/v1/clients/{id}/contacts", (c, own) -> c.api().post("/api/v1/clients/" + newClient() + "/contacts", CONTACT));
        on("GET /api/v1/clients/{id}/contacts/{contactId}", (c, own) -> {
            String client = newClient();
            return c.api().get("/api/v1/clients/" + client + "/contacts/" + newContact(client));
        });
        on("PATCH /api/v1/clients/{id}/contacts/{contactId}", (c, own) -> {
            String client = newClient();
            return c.api().patch("/api/v1/clients/" + client + "/contacts/" + newContact(client), "{\"position\":\"Vadovė\"}");
        });
        on("GET /api/v1/clients/{clientId}/contracts", (c, own) -> c.api().get("/api/v1/clients/" + newClient() + "/contracts"));
        on("POST /api/v1/clients/{clientId}/contracts", (c, own) -> c.api().post("/api/v1/clients/" + newClient() + "/contracts", CONTRACT));
        on("GET /api/v1/clients/{clientId}/contracts/{id}", (c, own) -> {
            String client = newClient();
            return c.api().get("/api/v1/clients/" + client + "/contracts/" + newContract(client));
        });
        on("PATCH /api/v1/clients/{clientId}/contracts/{id}", (c, own) -> {
            String client = newClient();
            return c.api().patch("/api/v1/clients/" + client + "/contracts/" + newContract(client), "{\"validTo\":\"2030-12-31\"}");
        });
        on("DELETE /api/v1/clients/{clientId}/contracts/{id}", (c, own) -> {
            String client = newClient();
            return c.api().delete("/api/v1/clients/" + client + "/contracts/" + newContract(client));
        });
        on("GET /api/v1/clients/{id}/usage", (c, own) -> c.api().get("/api/v1/clients/" + newClient() + "/usage"));
        on("GET /api/v1/clients/{id}/usage/history", (c, own) -> c.api().get("/api/v1/clients/" + newClient() + "/usage/history"));
    }

    private void statements() {
        on("GET /api/v1/clients/{id}/report-subscription", (c, own) ->
                c.api().get("/api/v1/clients/" + subscribedClient() + "/report-subscription"));
        on("PUT /api/v1/clients/{id}/report-subscription", (c, own) ->
                c.api().put("/api/v1/clients/" + newClient() + "/report-subscription", SUBSCRIPTION));
        on("DELETE /api/v1/clients/{id}/report-subscription", (c, own) -> c.api().send("DELETE",
                "/api/v1/clients/" + subscribedClient() + "/report-subscription", "{\"evidence\":\"laiškas\"}".getBytes(), "application/json"));
        on("GET /api/v1/clients/{id}/report-subscription/history", (c, own) ->
                c.api().get("/api/v1/clients/" + subscribedClient() + "/report-subscription/history"));
        on("POST /api/v1/clients/{id}/report-subscription/from-email", (c, own) -> c.api().post("/api/v1/clients/" + newClient()
                + "/report-subscription/from-email", "{\"email\":\"ona@matrica.lt\",\"messageId\":\"<%s@matrica.lt>\",\"frequency\":\"MONTH\"}"
                .formatted(UUID.randomUUID())));
        on("GET /api/v1/clients/{id}/statements", (c, own) -> c.api().get("/api/v1/clients/" + newClient() + "/statements"));
        on("POST /api/v1/clients/{id}/statements", (c, own) -> c.api().post("/api/v1/clients/" + newClient() + "/statements", STATEMENT));
        for (String file : new String[]{"", "/pdf", "/xlsx", "/csv"}) {
            on("GET /api/v1/statements/{id}" + file, (c, own) -> c.api().get("/api/v1/statements/" + newStatement() + file));
        }
        on("POST /api/v1/statements/{id}/send", (c, own) -> c.api().post("/api/v1/statements/" + newStatement() + "/send", ""));
    }

    private void requests() {
        on("GET /api/v1/requests", (c, own) -> c.api().get("/api/v1/requests"));
        on("POST /api/v1/requests", (c, own) ->
                c.api().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Matrica "), "m@matrica.lt"))));
        on("GET /api/v1/requests/{id}", (c, own) -> c.api().get("/api/v1/requests/" + newRequest()));
        on("GET /api/v1/requests/{id}/timeline", (c, own) -> c.api().get("/api/v1/requests/" + newRequest() + "/timeline"));
        on("POST /api/v1/requests/{id}/merge", (c, own) ->
                c.api().post("/api/v1/requests/" + newRequest() + "/merge",
                        "{\"into\":\"%s\",\"confirmAcrossClients\":true}".formatted(newRequest())));
        on("POST /api/v1/requests/{id}/links", (c, own) ->
                c.api().post("/api/v1/requests/" + requestOf(c, own) + "/links", "{\"request\":\"%s\"}".formatted(newRequest())));
        on("DELETE /api/v1/requests/{id}/links/{otherId}", (c, own) -> {
            String request = requestOf(c, own);
            String other = newRequest();
            admin().post("/api/v1/requests/" + request + "/links", "{\"request\":\"%s\"}".formatted(other));
            return c.api().delete("/api/v1/requests/" + request + "/links/" + other);
        });
        on("PATCH /api/v1/requests/{id}", (c, own) -> c.api().patch("/api/v1/requests/" + requestOf(c, own), "{\"summary\":\"Pataisyta\"}"));
        on("POST /api/v1/requests/{id}/assignments", (c, own) -> c.api().post("/api/v1/requests/" + requestOf(c, own) + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"MEMBER\"}".formatted(newConsultant())));
        on("DELETE /api/v1/requests/{id}/assignments/{username}", (c, own) -> {
            String request = requestOf(c, own);
            String member = newConsultant();
            admin().post("/api/v1/requests/" + request + "/assignments", "{\"consultant\":\"%s\",\"role\":\"MEMBER\"}".formatted(member));
            return c.api().delete("/api/v1/requests/" + request + "/assignments/" + member);
        });
        on("POST /api/v1/requests/{id}/status", (c, own) ->
                c.api().post("/api/v1/requests/" + requestOf(c, own) + "/status", "{\"status\":\"IN_PROGRESS\",\"note\":\"Dirbama\"}"));
    }

    private void journal() {
        on("GET /api/v1/requests/{id}/work-entries", (c, own) -> c.api().get("/api/v1/requests/" + newRequest() + "/work-entries"));
        on("POST /api/v1/requests/{id}/work-entries", (c, own) -> c.api().post("/api/v1/requests/" + requestOf(c, own) + "/work-entries",
                entryBy(c.username())));
        on("GET /api/v1/work-entries/{id}", (c, own) -> c.api().get("/api/v1/work-entries/" + entryWrittenBy(admin(), "admin")));
        on("PATCH /api/v1/work-entries/{id}", (c, own) -> c.api().patch("/api/v1/work-entries/" + entryOf(c, own), "{\"minutes\": 25}"));
        on("DELETE /api/v1/work-entries/{id}", (c, own) -> c.api().delete("/api/v1/work-entries/" + entryOf(c, own)));
        on("GET /api/v1/timesheets", (c, own) -> c.api().get("/api/v1/timesheets?consultant="
                + (c.role() == Role.ADMINISTRATOR ? c.other() : whose(c, own))));
    }

    private void billing() {
        on("POST /api/v1/billing-runs", (c, own) -> c.api().post("/api/v1/billing-runs", "{\"period\":\"2014-05\",\"dryRun\":true}"));
        on("POST /api/v1/billing-runs/vat-invoices", (c, own) ->
                c.api().post("/api/v1/billing-runs/vat-invoices", "{\"issuedUpTo\":\"2014-01-01\"}"));
        on("GET /api/v1/invoices", (c, own) -> c.api().get("/api/v1/invoices?period=" + BILLED_MONTH));
        for (String part : new String[]{"", "/pdf", "/entries"}) {
            on("GET /api/v1/invoices/{id}" + part, (c, own) -> c.api().get("/api/v1/invoices/" + readableInvoice() + part));
        }
        on("POST /api/v1/invoices/{id}/payment", (c, own) -> c.api().post("/api/v1/invoices/" + proforma(c) + "/payment",
                "{\"paidOn\":\"%s\"}".formatted(Vilnius.today())));
        on("POST /api/v1/invoices/{id}/cancel", (c, own) -> c.api().post("/api/v1/invoices/" + proforma(c) + "/cancel", ""));
        on("GET /api/v1/invoices/{id}/ubl", (c, own) -> c.api().get("/api/v1/invoices/" + vatInvoice() + "/ubl"));
        on("GET /api/v1/billing-runs/vat-invoice-runs", (c, own) -> c.api().get("/api/v1/billing-runs/vat-invoice-runs?period=" + BILLED_MONTH));
        on("POST /api/v1/billing-runs/vat-invoice-runs", (c, own) ->
                c.api().post("/api/v1/billing-runs/vat-invoice-runs", "{\"period\":\"2014-06\"}"));
        on("GET /api/v1/tax/isaf", (c, own) -> c.api().get("/api/v1/tax/isaf?period=" + BILLED_MONTH));
        on("GET /api/v1/tax/sales-register", (c, own) -> c.api().get("/api/v1/tax/sales-register?period=" + BILLED_MONTH));
        on("POST /api/v1/invoices/{id}/credit-notes", (c, own) -> c.api().post("/api/v1/invoices/" + vatInvoice() + "/credit-notes", "{\"reason\":\"Matricos patikra\"}"));
    }

    private void others() {
        on("GET /api/v1/feedback", (c, own) -> c.api().get("/api/v1/feedback"));
        on("GET /api/v1/working-calendar", (c, own) -> c.api().get("/api/v1/working-calendar"));
        on("PUT /api/v1/working-calendar", (c, own) -> {
            var year = admin().get("/api/v1/working-calendar?year=2031").json();
            return c.api().put("/api/v1/working-calendar", "{\"year\":2031,\"holidays\":[],\"hours\":%s,\"workingDays\":[]}"
                    .formatted(year.path("hours")));
        });
        on("GET /api/v1/mail/attachments/{id}", (c, own) -> c.api().get("/api/v1/mail/attachments/" + newAttachment()));
        on("GET /actuator/prometheus", (c, own) -> c.api().get("/actuator/prometheus"));
        on("GET /api/v1/personal-data", (c, own) -> c.api().get("/api/v1/personal-data?email=" + UUID.randomUUID() + "@niekas.lt"));
        on("POST /api/v1/personal-data/erasure", (c, own) ->
                c.api().post("/api/v1/personal-data/erasure", "{\"email\":\"%s@niekas.lt\"}".formatted(UUID.randomUUID())));
    }

    // what the calls stand on, made by an administrator

    private static final String CONTACT = "{\"firstName\":\"Ona\",\"lastName\":\"Onaitė\",\"email\":\"ona@matrica.lt\"}";
    private static final String CONTRACT = """
            {"number":"M-1","validFrom":"2020-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":0,
             "allowances":[{"category":"CONSULTATION","includedMinutes":60,"overageHourlyRate":"40.00"}]}""";
    private static final String SUBSCRIPTION = """
            {"email":"ona@matrica.lt","requestedAt":"2026-01-05T10:00:00+02:00","evidence":"email <a@matrica.lt>","frequency":"MONTH"}""";
    private static final String STATEMENT = "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\",\"send\":false}";

    private Api admin() {
        return admin.get();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private String newStaffMember() {
        String username = unique("mxp");
        admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"Ona","lastName":"Onaitė","email":"o@stekas.lt","roles":["CONSULTANT"],
                 "password":"a-long-enough-password"}""".formatted(username));
        return username;
    }

    /** The consultant who joins fresh requests as a member (each new staff member costs an Argon2 hash). */
    private synchronized String newConsultant() {
        if (spareMember == null) {
            spareMember = newStaffMember();
        }
        return spareMember;
    }

    /** The consultant who leads fresh requests that are not the caller's. */
    private synchronized String someLead() {
        if (spareLead == null) {
            spareLead = newStaffMember();
        }
        return spareLead;
    }

    private String newClient() {
        // a buyer a VAT invoice can be issued to: a company code and a street and city (issue 14)
        return admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","address":"Gedimino pr. 1, Vilnius","email":"b@matrica.lt",
                 "billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Matrica "), Codes.companyCode())).field("id");
    }

    private String newContact(String client) {
        return admin().post("/api/v1/clients/" + client + "/contacts", CONTACT).field("id");
    }

    private String newContract(String client) {
        return admin().post("/api/v1/clients/" + client + "/contracts", CONTRACT).field("id");
    }

    private String subscribedClient() {
        String client = newClient();
        admin().put("/api/v1/clients/" + client + "/report-subscription", SUBSCRIPTION);
        return client;
    }

    private String newStatement() {
        return admin().post("/api/v1/clients/" + subscribedClient() + "/statements", STATEMENT).field("id");
    }

    private String newRequest() {
        return admin().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Matrica "), "m@matrica.lt")))
                .field("id");
    }

    /** A request the caller leads (own) or someone else leads; an administrator's or accountant's has some lead. */
    String requestOf(Caller caller, boolean own) {
        String request = newRequest();
        String lead = caller.role() == Role.CONSULTANT && own ? caller.username() : someLead();
        admin().post("/api/v1/requests/" + request + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));
        return request;
    }

    private static String entryBy(String consultant) {
        return JSON.writeValueAsString(aWorkEntry().of(20).minutes().by(consultant).json());
    }

    /** A work entry the caller wrote (own; an administrator logs one for themself) or another consultant did. */
    private String entryOf(Caller caller, boolean own) {
        if (own && caller.role() == Role.ADMINISTRATOR) {
            return entryWrittenBy(caller.api(), caller.username());
        }
        if (own && caller.role() == Role.CONSULTANT) {
            String request = requestOf(caller, true);
            return caller.api().post("/api/v1/requests/" + request + "/work-entries", entryBy(caller.username())).field("id");
        }
        return entryWrittenBy(admin(), "admin");
    }

    private String entryWrittenBy(Api author, String username) {
        return author.post("/api/v1/requests/" + newRequest() + "/work-entries", entryBy(username)).field("id");
    }

    private String newAttachment() {
        UUID message = UUID.randomUUID();
        UUID file = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inbound_message (id, message_key, from_address, subject, raw_size, status)
                VALUES (:id, :key, 'ona@matrica.lt', 'Failas', 10, 'IGNORED')
                """).param("id", message).param("key", "matrix:" + message).update();
        jdbc.sql("""
                INSERT INTO inbound_attachment (id, message_id, position, file_name, content_type, size, content)
                VALUES (:id, :message, 0, 'ataskaita.txt', 'text/plain', 5, :content)
                """).param("id", file).param("message", message).param("content", "labas".getBytes()).update();
        return file.toString();
    }

    /** Proformas of one billed month (written straight into the journal, billed once), taken one per call. */
    private synchronized void billOnce() {
        if (readableInvoice != null) {
            return;
        }
        for (int i = 0; i < 8; i++) {
            String client = newClient();
            var body = Fixtures.phoneRequest(null, "s@matrica.lt");
            body.put("clientId", client);
            String request = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
            aWorkEntry().of(90).minutes().on(YearMonth.parse(BILLED_MONTH).atDay(6)).writtenInto(jdbc, client, request);
        }
        var run = accountant.post("/api/v1/billing-runs", "{\"period\":\"%s\"}".formatted(BILLED_MONTH));
        run.json().path("invoices").forEach(invoice -> proformas.add(invoice.path("id").asString()));
        readableInvoice = proformas.pop();
        String paid = proformas.pop();
        accountant.post("/api/v1/invoices/" + paid + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        vatInvoice = accountant.get("/api/v1/invoices?type=VAT_INVOICE&period=" + BILLED_MONTH).json().path("items").valueStream()
                .filter(v -> v.path("basedOn").asString().equals(paid)).findFirst().orElseThrow().path("id").asString();
    }

    private String readableInvoice() {
        billOnce();
        return readableInvoice;
    }

    /** A proforma nobody paid or cancelled yet: used up by an accountant, only looked at by others (403 first). */
    private String proforma(Caller caller) {
        billOnce();
        return caller.role() == Role.ACCOUNTANT ? proformas.pop() : proformas.peek();
    }

    private String vatInvoice() {
        billOnce();
        return vatInvoice;
    }
}
