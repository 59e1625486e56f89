package lt.pagalba.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 over the client API: what a VAT invoice needs of its buyer is kept as the tax documents
 * need it — the address in its parts (the one line still read and written), codes with right check
 * digits in the tax offices' spelling, a VAT code that belongs to one client, an EU buyer's own VAT
 * number — and the client's wish to get the e-invoice with its VAT invoices.
 */
class ClientTaxDetailsTests extends ApiTestSupport {

    @Test
    void aOneLineAddressIsReadIntoItsPartsAndThePartsMakeTheLine() {
        var written = admin().post("/api/v1/clients", """
                {"name":"%s","address":"Laisvės al. 10, LT-44280 Kaunas"}""".formatted(unique("UAB Adresas ")));
        assertThat(written.status()).as(written.text()).isEqualTo(201);
        JsonNode address = written.json().path("postalAddress");
        assertThat(address.path("street").asString()).isEqualTo("Laisvės al. 10");
        assertThat(address.path("city").asString()).isEqualTo("Kaunas");
        assertThat(address.path("postcode").asString()).isEqualTo("LT-44280");
        assertThat(address.path("country").asString()).as("Lithuania unless said otherwise").isEqualTo("LT");

        var inParts = admin().patch("/api/v1/clients/" + written.field("id"), """
                {"street":"Brīvības iela 21","city":"Rīga","postcode":"LV-1010","country":"lv"}""");
        assertThat(inParts.status()).as(inParts.text()).isEqualTo(200);
        assertThat(inParts.json().path("postalAddress").path("country").asString()).isEqualTo("LV");
        assertThat(inParts.field("address")).contains("Brīvības iela 21", "LV-1010", "Rīga");

        var oneLineAgain = admin().patch("/api/v1/clients/" + written.field("id"), "{\"address\":\"Gedimino pr. 5, 01103 Vilnius\"}");
        assertThat(oneLineAgain.status()).as(oneLineAgain.text()).isEqualTo(200);
        assertThat(oneLineAgain.json().path("postalAddress").path("city").asString()).isEqualTo("Vilnius");
        assertThat(oneLineAgain.json().path("postalAddress").path("country").asString()).as("the line replaces the parts")
                .isEqualTo("LT");
    }

    @Test
    void aCountryIsItsTwoLetterCode() {
        var refused = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"country\":\"Latvija\"}".formatted(unique("UAB Šalis ")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("country");
    }

    @ParameterizedTest(name = "{0} ''{1}'' is refused")
    @CsvSource({
            "companyCode, 304123456",      // the check digit is 5
            "companyCode, 30412345",
            "vatCode, LT304123417",        // the check digit is 6
            "vatCode, LT304123406",        // the 8th digit of a legal person's code is 1
            "vatCode, LV4000324575",       // a Latvian number has 11 digits
            "vatCode, XX123456789"})
    void codesWithWrongCheckDigitsOrFormatsAreRefusedNamingTheField(String field, String code) {
        var refused = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"%s\":\"%s\"}".formatted(unique("UAB Kodas "), field, code));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly(field);
    }

    @Test
    void codesAreKeptAsTheTaxOfficesWriteThem() {
        String vat = vatCode();
        String typed = "lt " + vat.substring(2, 5) + " " + vat.substring(5, 8) + " " + vat.substring(8);
        String code = companyCode();
        var created = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"companyCode\":\" %s \",\"vatCode\":\"%s\"}"
                .formatted(unique("UAB Rašyba "), code.substring(0, 3) + " " + code.substring(3), typed));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("vatCode")).isEqualTo(vat);
        assertThat(created.field("companyCode")).isEqualTo(code);
    }

    @Test
    void aVatCodeBelongsToOneClientHoweverItIsTyped() {
        String vat = vatCode();
        assertThat(admin().post("/api/v1/clients", "{\"name\":\"%s\",\"vatCode\":\"%s\"}".formatted(unique("UAB Pirmas "), vat))
                .status()).isEqualTo(201);

        var second = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"vatCode\":\"%s\"}"
                .formatted(unique("UAB Antras "), vat.toLowerCase().replace("lt", "lt ")));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.field("detail")).contains(vat);

        String other = admin().post("/api/v1/clients", "{\"name\":\"%s\"}".formatted(unique("UAB Trečias "))).field("id");
        var changed = admin().patch("/api/v1/clients/" + other, "{\"vatCode\":\"%s\"}".formatted(vat));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/clients/" + other).json().path("vatCode").isNull()).as("nothing changed").isTrue();
    }

    @Test
    void aClientInAnotherMemberStateIsKeptWithItsOwnVatNumber() {
        String latvian = "LV" + (40_000_000_000L + ThreadLocalRandom.current().nextLong(9_999_999_999L));
        var created = admin().post("/api/v1/clients", """
                {"name":"%s","vatCode":"%s","street":"Brīvības iela 21","city":"Rīga","postcode":"LV-1010","country":"LV"}"""
                .formatted(unique("SIA Rīga "), latvian));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("vatCode")).isEqualTo(latvian);
        assertThat(created.json().path("companyCode").isNull()).isTrue();
        assertThat(created.json().path("postalAddress").path("country").asString()).isEqualTo("LV");
    }

    @Test
    void theEInvoiceIsSentWithVatInvoicesOnlyWhenTheClientAsks() {
        var created = admin().post("/api/v1/clients", "{\"name\":\"%s\"}".formatted(unique("UAB Popierius ")));
        assertThat(created.json().path("attachEInvoice").asBoolean()).as("not unless asked").isFalse();

        var asked = admin().patch("/api/v1/clients/" + created.field("id"), "{\"attachEInvoice\":true}");

        assertThat(asked.status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/clients/" + created.field("id")).json().path("attachEInvoice").asBoolean()).isTrue();
    }
}
