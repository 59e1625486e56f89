package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import lt.pagalba.client.Client;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every document's issue shares: the next gapless number, the day, the parties as they are
 * that day, how VAT applies to the buyer, who issues it; and writing what was issued, then
 * announcing it.
 */
@Component
class DocumentIssue {

    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final StaffDirectory staff;
    private final SellerDetails seller;
    private final MessageSource messages;
    private final LineTexts texts;
    private final ApplicationEventPublisher events;

    DocumentIssue(Invoices invoices, InvoiceNumbers numbers, StaffDirectory staff, SellerDetails seller,
                  MessageSource messages, LineTexts texts, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.staff = staff;
        this.seller = seller;
        this.messages = messages;
        this.texts = texts;
        this.events = events;
    }

    /** The next number of a series, issued today to the client as it is today, by the actor. */
    Issue next(InvoiceType type, Client client, Actor actor) {
        LocalDate today = Vilnius.today();
        return numbered(numbers.next(type, today.getYear()), today, client, issuerOf(actor), actor);
    }

    /** The next numbers of a series for a run's documents, in order. */
    List<String> nextNumbers(InvoiceType type, LocalDate day, int count) {
        return numbers.next(type, day.getYear(), count);
    }

    Issue numbered(String number, LocalDate day, Client client, Issuer issuer, Actor actor) {
        return numbered(number, day, seller(), client, issuer, actor);
    }

    /** The same, naming the seller as {@link #seller()} answered it (a run's documents name it alike: read once). */
    Issue numbered(String number, LocalDate day, Party seller, Client client, Issuer issuer, Actor actor) {
        return new Issue(number, day, seller, client.id(), buyer(client), client.language(),
                VatCategory.forBuyerVatCode(Objects.toString(client.vatCode(), null)), actor.name(), issuer);
    }

    /** The seller as documents issued now name it. */
    Party seller() {
        return seller.party();
    }

    /**
     * Who the document names as its issuer: the staff member, or the seller's person for what Pagalba
     * issues by itself; none when that person has no name (a document stores none then, and reads back
     * without one: a run's answer, made from what it wrote, must be the same).
     */
    Issuer issuerOf(Actor actor) {
        Issuer issuer = staff.find(actor.name()).map(m -> new Issuer(m.fullName(), m.position())).orElseGet(seller::automaticIssuer);
        return issuer.name() == null ? null : issuer;
    }

    /** A text in the buyer's language (line descriptions, reasons). */
    String text(String key, String language, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    /** A period as an accountant names it in the buyer's language ({@code 2026 m. spalis}). */
    String periodName(Period period, String language) {
        return texts.periodName(period, Locale.forLanguageTag(language));
    }

    /** Writes what was issued, then announces each document (mail queues it for the client). */
    void save(List<Invoice> issued) {
        write(issued);
        announce(issued);
    }

    /** Writes what was issued, in batches. */
    void write(List<Invoice> issued) {
        invoices.insertAll(issued);
    }

    /** Writes documents as they are made, in batches, and answers them in order (a run's: issue 18). */
    List<Invoice> write(Stream<Invoice> made) {
        return invoices.insertAll(made);
    }

    /**
     * Announces each VAT invoice and credit note ({@link BillingEvents.InvoiceIssued}), and a run's proformas
     * together ({@link BillingEvents.BillingRunIssued}): the mail module queues every other document from its own
     * event and a run's proformas from the run's, reading them from billing. A run of ten thousand proformas
     * stores one small event publication (issue 18).
     */
    void announce(List<Invoice> issued) {
        Period run = null;
        int proformas = 0;
        for (Invoice invoice : issued) {
            for (BillingEvents.InvoiceIssued event : invoice.events()) {
                if (event.type() == InvoiceType.PROFORMA) {
                    run = invoice.content().period();
                    proformas++;
                } else {
                    events.publishEvent(event);
                }
            }
        }
        if (proformas > 0) {
            events.publishEvent(new BillingEvents.BillingRunIssued(run.text(), proformas));
        }
    }

    private static Party buyer(Client client) {
        PostalAddress a = client.postalAddress();
        return new Party(client.name(), Objects.toString(client.companyCode(), null), Objects.toString(client.vatCode(), null),
                client.address(), null, a.street(), a.city(), a.postcode(), a.country(), null);
    }
}
