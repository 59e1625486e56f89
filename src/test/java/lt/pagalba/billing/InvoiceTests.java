package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document's life alone (R17): what each state allows, what issuing makes, and what is announced. */
class InvoiceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final ClientId CLIENT = ClientId.random();
    private static final Period OCTOBER = Period.parse("2026-10");

    @ParameterizedTest(name = "{0}, VAT invoice {1}: {2} -> {3}")
    @CsvSource({
            // status, has its VAT invoice, action, status after or the refusal
            "ISSUED, false, sent, SENT",
            "SENT, false, sent, SENT",
            "PAID, true, sent, PAID",                         // a later state stays
            "ISSUED, false, paid, PAID",
            "SENT, false, paid, PAID",
            "PAID, true, paid, invoice.status.final",         // paid once
            "CANCELLED, false, paid, invoice.status.final",
            "ISSUED, false, cancel, CANCELLED",
            "SENT, false, cancel, CANCELLED",
            "SENT, true, cancel, invoice.cancel.notAllowed",  // its VAT invoice was issued (unpaid by the deadline)
            "PAID, true, cancel, invoice.cancel.notAllowed",
            "CANCELLED, false, cancel, invoice.cancel.notAllowed"})
    void aProformaIsSentThenPaidOrCancelledOnce(InvoiceStatus status, boolean hasVatInvoice, String action, String after) {
        Invoice proforma = new Invoice(proforma().content(), status, null, hasVatInvoice ? InvoiceId.random() : null);
        Runnable change = switch (action) {
            case "sent" -> proforma::markSent;
            case "paid" -> () -> proforma.markPaid(TODAY, TODAY);
            default -> proforma::cancel;
        };

        if (after.contains(".")) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.messageKey()).isEqualTo(after));
            assertThat(proforma.status()).isEqualTo(status);
        } else {
            change.run();
            assertThat(proforma.status()).isEqualTo(InvoiceStatus.valueOf(after));
        }
    }

    @ParameterizedTest(name = "paid on {0} -> {1}")
    @CsvSource({"2026-11-02, true", "2025-11-02, true", "2026-11-03, false", "2025-11-01, false"})
    void aPaymentIsNotInTheFutureNorMoreThanAYearBeforeTheProforma(LocalDate paidOn, boolean accepted) {
        Invoice proforma = proforma();

        if (accepted) {
            proforma.markPaid(paidOn, TODAY);
            assertThat(proforma.paidOn()).isEqualTo(paidOn);
        } else {
            assertThatThrownBy(() -> proforma.markPaid(paidOn, TODAY)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aProformaIsIssuedWithItsTotalsAndAnnounced() {
        Invoice proforma = proforma();

        assertThat(proforma.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(proforma.view().net()).isEqualTo(Money.of("60.00"));
        assertThat(proforma.view().vat()).isEqualTo(Money.of("12.60"));
        assertThat(proforma.view().gross()).isEqualTo(Money.of("72.60"));
        assertThat(proforma.view().totalInWords()).isEqualTo("septyniasdešimt du eurai 60 ct");
        assertThat(proforma.events()).containsExactly(new InvoiceIssued(proforma.id(), "IS-2026-000001", InvoiceType.PROFORMA, CLIENT));
        assertThatThrownBy(() -> Invoice.proforma(issue("IS-2026-000002"), OCTOBER, TODAY, null,
                List.of(line(-30, "40.00")))).as("a credit alone is no proforma").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePaidProformasVatInvoiceHasItsLinesAndCitesItAndCannotBeMadeTwice() {
        Invoice proforma = proforma();

        Invoice vatInvoice = proforma.vatInvoice(issue("SF-2026-000001"));

        assertThat(vatInvoice.content().type()).isEqualTo(InvoiceType.VAT_INVOICE);
        assertThat(vatInvoice.content().basedOn()).isEqualTo(proforma.id());
        assertThat(vatInvoice.content().lines()).extracting(InvoiceLine::amount).containsExactly(Money.of("60.00"));
        assertThat(vatInvoice.content().lines().get(0).id()).isNotEqualTo(proforma.content().lines().get(0).id());
        assertThat(vatInvoice.events()).extracting(InvoiceIssued::type).containsExactly(InvoiceType.VAT_INVOICE);
        assertThat(proforma.needsVatInvoice()).isFalse();
        assertThatThrownBy(() -> proforma.vatInvoice(issue("SF-2026-000002"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vatInvoice.markPaid(TODAY, TODAY)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("invoice.notProforma"));
    }

    @Test
    void aCreditNoteTakesBackTheNamedLinesOfAVatInvoiceNegatively() {
        Invoice vatInvoice = proforma().vatInvoice(issue("SF-2026-000001"));
        String line = vatInvoice.content().lines().get(0).id();

        Invoice creditNote = vatInvoice.creditNote(issue("KS-2026-000001"), List.of(CreditRequest.all(line)), Map.of(),
                "Klaidingai įrašytas laikas", CreditOrigin.MANUAL, "Apvalinimo skirtumas");

        assertThat(creditNote.content().corrects()).isEqualTo(vatInvoice.id());
        assertThat(creditNote.content().lines()).singleElement().satisfies(l -> {
            assertThat(l.minutes()).isEqualTo(-90);
            assertThat(l.hours()).isEqualByComparingTo("-1.50");
            assertThat(l.amount()).isEqualTo(Money.of("-60.00"));
        });
        assertThat(creditNote.view().gross()).isEqualTo(Money.of("-72.60"));
        assertThat(creditNote.view().totalInWords()).startsWith("minus ");
        assertThatThrownBy(() -> vatInvoice.creditNote(issue("KS-2026-000002"), List.of(CreditRequest.all("no-such-line")),
                Map.of(), "Klaida", CreditOrigin.MANUAL, "Apvalinimo skirtumas"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> proforma().creditNote(issue("KS-2026-000002"), List.of(), Map.of(), "Klaida",
                CreditOrigin.MANUAL, "Apvalinimo skirtumas"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("invoice.credit.onlyVat"));
    }

    @Test
    void cancellingHandsBackTheReferencesItsEntriesWereLockedUnder() {
        Invoice proforma = proforma();

        assertThat(proforma.cancel()).containsExactly(proforma.content().lines().get(0).id());
    }

    /** Ninety minutes at 40.00: 60.00 net, 72.60 gross. */
    private static Invoice proforma() {
        return Invoice.proforma(issue("IS-2026-000001"), OCTOBER, TODAY.plusDays(14), "S-1", List.of(line(90, "40.00")));
    }

    private static InvoiceLine line(int minutes, String rate) {
        return InvoiceLine.billing("Konsultavimo paslaugos, 2026 m. spalis", WorkCategory.CONSULTATION, OCTOBER, minutes,
                Money.of(rate), new BigDecimal("21.00"));
    }

    private static Issue issue(String number) {
        return new Issue(number, TODAY, new Party("UAB Pagalba", "304123455", "LT100012345613",
                "Gedimino pr. 1, Vilnius", "LT12 7300 0101 2345 6789"), CLIENT,
                new Party("UAB Klientas", "302999888", null, "Kaunas", null), "lt", VatCategory.S, "buh", new Issuer("Ona Onaitė", "buhalterė"));
    }
}
