package lt.pagalba.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lt.pagalba.client.Client;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.journal.Usage;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.journal.WorkEntryView;
import lt.pagalba.request.ContactSnapshot;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestFilter;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.PostalAddress;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads what a statement shows: the client's requests received in the period and those worked on in
 * it, every work entry of the period by its work date (R11), and the usage of the contract periods
 * it touches from the journal's usage report, so the totals are the journal's, not recomputed here.
 */
@Component
class StatementBuilder {

    private static final int PAGE = PageOf.MAX_SIZE;

    private final RequestDesk requests;
    private final ConsultationJournal journal;
    private final UsageReport usage;
    private final ContractBook contracts;
    private final StaffDirectory staff;
    private final String sellerName;
    private final String sellerCode;
    private final String sellerAddress;

    StatementBuilder(RequestDesk requests, ConsultationJournal journal, UsageReport usage, ContractBook contracts,
                     StaffDirectory staff, @Value("${pagalba.seller.name}") String sellerName,
                     @Value("${pagalba.seller.company-code}") String sellerCode,
                     @Value("${pagalba.seller.address:}") String address, @Value("${pagalba.seller.street:}") String street,
                     @Value("${pagalba.seller.city:}") String city, @Value("${pagalba.seller.postcode:}") String postcode,
                     @Value("${pagalba.seller.country:LT}") String country) {
        this.requests = requests;
        this.journal = journal;
        this.usage = usage;
        this.contracts = contracts;
        this.staff = staff;
        this.sellerName = sellerName;
        this.sellerCode = sellerCode;
        this.sellerAddress = Text.isBlank(street) && Text.isBlank(city) ? address
                : new PostalAddress(street, city, postcode, country).oneLine();
    }

    /** The statement of a client's period, numbered and dated today. */
    StatementContent build(Client client, LocalDate from, LocalDate to, String number) {
        List<WorkEntryView> entries = journal.ofClient(client.id(), from, to);
        Map<RequestId, RequestView> listed = new LinkedHashMap<>();
        receivedIn(client, from, to).forEach(r -> listed.put(r.id(), r));
        entries.forEach(e -> listed.computeIfAbsent(e.requestId(), requests::get));
        int minutes = entries.stream().mapToInt(WorkEntryView::minutes).sum();
        return new StatementContent(sellerName, client.name(), Objects.toString(client.companyCode(), null), client.language(), from, to,
                rows(listed.values(), entries), totals(entries), usage(client, from, to), listed.size(), entries.size(),
                minutes, new StatementContent.Heading(number, Vilnius.today(), sellerCode, sellerAddress, client.address()));
    }

    /** A row per work entry, by request in the order received; a request without work in the period has one. */
    private List<StatementContent.Row> rows(Collection<RequestView> listed, List<WorkEntryView> entries) {
        Map<RequestId, List<WorkEntryView>> byRequest = entries.stream()
                .collect(Collectors.groupingBy(WorkEntryView::requestId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> names = new HashMap<>();
        List<StatementContent.Row> rows = new ArrayList<>();
        listed.stream().sorted(Comparator.comparing(RequestView::receivedAt).thenComparing(RequestView::number))
                .forEach(r -> {
                    LocalDate date = r.receivedAt().atZoneSameInstant(Vilnius.ZONE).toLocalDate();
                    String contact = contact(r.contact());
                    String problem = r.description() == null || r.description().isBlank() ? r.summary() : r.description();
                    List<WorkEntryView> work = byRequest.getOrDefault(r.id(), List.of());
                    if (work.isEmpty()) {
                        rows.add(new StatementContent.Row(r.number(), date, contact, problem,
                                r.lead().map(u -> name(u, names)).orElse(null), null, null, null, null));
                    }
                    for (WorkEntryView e : work) {
                        rows.add(new StatementContent.Row(r.number(), date, contact, problem, name(e.consultant(), names),
                                e.workDate(), e.minutes(), e.category(), e.description()));
                    }
                });
        return rows;
    }

    /** The entries and minutes of every category, in the categories' order (none: zero). */
    private static List<StatementContent.CategoryTotal> totals(List<WorkEntryView> entries) {
        Map<WorkCategory, List<WorkEntryView>> byCategory = entries.stream().collect(Collectors.groupingBy(WorkEntryView::category));
        return Arrays.stream(WorkCategory.values()).map(category -> {
            List<WorkEntryView> of = byCategory.getOrDefault(category, List.of());
            return new StatementContent.CategoryTotal(category, of.size(), of.stream().mapToInt(WorkEntryView::minutes).sum());
        }).toList();
    }

    private List<RequestView> receivedIn(Client client, LocalDate from, LocalDate to) {
        RequestFilter filter = new RequestFilter(client.id(), null, null, null, null, false, from, to,
                null, false);
        List<RequestView> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageOf<RequestView> result = requests.search(filter, new PageOf.Request(page, PAGE));
            found.addAll(result.items());
            if (result.items().size() < PAGE) {
                return found;
            }
        }
    }

    /**
     * The usage of every contract period (month or quarter, as the contract valid at the end of the
     * statement has it, else the client's billing period) that the statement's days touch.
     */
    private List<StatementContent.PeriodUsage> usage(Client client, LocalDate from, LocalDate to) {
        PeriodLength length = contracts.validOn(client.id(), to).map(c -> c.period()).orElse(client.billing().period());
        Period first = Period.of(from, length);
        Period last = Period.of(to, length);
        int count = 1;
        for (Period p = first; p.compareTo(last) < 0; p = p.next()) {
            count++;
        }
        return usage.history(client.id(), last, count).stream().flatMap(u -> periodUsage(u)).toList();
    }

    private static Stream<StatementContent.PeriodUsage> periodUsage(Usage u) {
        return u.categories().stream().map(c -> new StatementContent.PeriodUsage(u.period().text(), u.contractNumber(),
                c.category(), c.billableMinutes(), c.includedMinutes(), c.exceededMinutes()));
    }

    private String name(String username, Map<String, String> names) {
        return names.computeIfAbsent(username, u -> staff.find(u).map(m -> m.fullName()).orElse(u));
    }

    private static String contact(ContactSnapshot c) {
        if (c == null) {
            return null;
        }
        return Stream.of(c.fullName(), Objects.toString(c.phone(), null), Objects.toString(c.email(), null))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
