package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact sees only their own company: another company's request, invoice or statement is 404, also when guessed in sequence. */
class PortalScopeTests extends PortalTestSupport {

    @Test
    void anotherCompanysRequestInvoiceAndStatementAreNotFound() {
        String mine = unique("mano") + "@sava.lt";
        String theirs = unique("ju") + "@svetima.lt";
        String myClient = clientWithContact(unique("UAB Sava "), mine);
        String theirClient = clientWithContact(unique("UAB Svetima "), theirs);
        String myRequest = requestOf(myClient, mine, "Mano klausimas");
        String theirRequest = requestOf(theirClient, theirs, "Svetimas klausimas");
        String theirNumber = admin().get("/api/v1/requests/" + theirRequest).field("number");
        String theirInvoice = invoiceOf(theirClient, theirRequest, "2025-02");
        String theirStatement = statementOf(theirClient);
        String myStatement = statementOf(myClient);
        PortalClient me = loggedIn(mine);

        assertThat(me.get("/portal/requests/" + myRequest).status()).as("my own by id").isEqualTo(200);
        for (String path : List.of("/portal/requests/" + theirNumber, "/portal/requests/" + theirRequest,
                "/portal/invoices/" + theirInvoice + "/pdf", "/portal/statements/" + theirStatement + "/pdf",
                "/portal/requests/not-a-number", "/portal/invoices/not-an-id/pdf")) {
            var answer = me.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("id=\"not-found\"").doesNotContain("Svetimas klausimas");
        }
        assertThat(me.get("/portal/statements/" + myStatement + "/pdf").status()).isEqualTo(200);
        String documents = me.get("/portal/documents").body();
        assertThat(documents).doesNotContain(theirInvoice).doesNotContain(theirStatement).contains(myStatement);
        assertThat(me.get("/portal").body()).contains("Mano klausimas").doesNotContain("Svetimas klausimas");

        // the owner sees them
        PortalClient they = loggedIn(theirs);
        assertThat(they.get("/portal/requests/" + theirNumber).body()).contains("Svetimas klausimas");
        assertThat(they.get("/portal/invoices/" + theirInvoice + "/pdf").status()).isEqualTo(200);
    }

    @Test
    void requestNumbersGuessedInSequenceFindOnlyTheCompanysOwn() {
        String mine = unique("spejikas") + "@eile.lt";
        String myClient = clientWithContact(unique("UAB Eilė "), mine);
        String myRequest = requestOf(myClient, mine, "Vienintelis mano");
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String other = clientWithContact(unique("UAB Kaimynė "), unique("k") + "@kaimyne.lt");
            others.add(admin().get("/api/v1/requests/" + requestOf(other, "x@kaimyne.lt", "Kaimynų")).field("number"));
        }
        String myNumber = admin().get("/api/v1/requests/" + myRequest).field("number");
        PortalClient me = loggedIn(mine);
        String prefix = myNumber.substring(0, myNumber.lastIndexOf('-') + 1);
        int n = Integer.parseInt(myNumber.substring(prefix.length()));
        int width = myNumber.length() - prefix.length();

        for (int guess = Math.max(1, n - 5); guess <= n + 10; guess++) {
            String number = prefix + String.format("%0" + width + "d", guess);
            int expected = number.equals(myNumber) ? 200 : 404;
            assertThat(me.get("/portal/requests/" + number).status()).as(number).isEqualTo(expected);
        }
        assertThat(others).allSatisfy(number -> assertThat(me.get("/portal/requests/" + number).status()).isEqualTo(404));
    }
}
