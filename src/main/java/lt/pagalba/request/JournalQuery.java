package lt.pagalba.request;

import java.util.List;
import java.util.stream.IntStream;
import lt.pagalba.request.RequestFilter.Column;
import lt.pagalba.request.RequestFilter.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The journal page's state, which is its URL (so Back, a bookmark and a saved view open the same list):
 * the filter with its order, and the page. It writes the links that change one thing and keep the rest
 * (its methods are public for the template).
 */
record JournalQuery(RequestFilter filter, int page) {

    private static final int PAGES_AROUND = 2;

    /** The journal's URL at another page, every filter kept. */
    public String atPage(int other) {
        UriComponentsBuilder url = builder(filter);
        if (other > 0) {
            url.queryParam("page", other);
        }
        return url.encode().build().toUriString();
    }

    /** The journal sorted by a column (its {@code sort} name), from the first page: the column sorted now turns around. */
    public String sortedBy(String name) {
        Column column = column(name);
        Sort current = filter.sort();
        boolean descending = current.column() == column ? !current.descending() : column == Column.RECEIVED;
        return builder(filter.orderedBy(new Sort(column, descending))).encode().build().toUriString();
    }

    /** Whether the list is in another order than newest first (the URL then says which). */
    public boolean sortedOtherwise() {
        return !filter.sort().equals(Sort.NEWEST);
    }

    /** How the column is sorted now, as {@code aria-sort} says it. */
    public String ariaSort(String name) {
        Column column = column(name);
        if (filter.sort().column() != column) {
            return "none";
        }
        return filter.sort().descending() ? "descending" : "ascending";
    }

    /** The query of this list without its page: what a saved view keeps. */
    public String query() {
        String url = builder(filter).encode().build().toUriString();
        int start = url.indexOf('?');
        return start < 0 ? "" : url.substring(start + 1);
    }

    /** The page numbers the pager shows (from 0): the first, the last and a few around this one. */
    public List<Integer> pageNumbers(int pages) {
        return IntStream.range(0, pages)
                .filter(p -> p == 0 || p == pages - 1 || Math.abs(p - page) <= PAGES_AROUND).boxed().toList();
    }

    private static Column column(String name) {
        return Sort.named(name, null).orElseThrow(() -> new IllegalArgumentException("No such column: " + name)).column();
    }

    private static UriComponentsBuilder builder(RequestFilter f) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/requests");
        optional(url, "q", f.q());
        if (f.status() != null) {
            f.status().stream().sorted().forEach(s -> url.queryParam("status", s.name()));
        }
        optional(url, "channel", f.channel());
        optional(url, "consultant", f.consultant());
        optional(url, "clientId", f.clientId() == null ? null : f.clientId().text());
        optional(url, "from", f.from());
        optional(url, "to", f.to());
        if (f.urgent() != null) {
            url.queryParam("urgent", f.urgent());
        }
        if (f.unassigned()) {
            url.queryParam("unassigned", true);
        }
        if (f.notContacted()) {
            url.queryParam("notContacted", true);
        }
        if (!f.sort().equals(Sort.NEWEST)) {
            url.queryParam("sort", f.sort().column().parameter()).queryParam("direction", f.sort().direction());
        }
        return url;
    }

    private static void optional(UriComponentsBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.queryParam(name, value);
        }
    }
}
