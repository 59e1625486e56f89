package lt.pagalba.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API returns lists: {@code {"items", "page", "size", "total"}}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** A short list that is never paged (staff, tokens): all of it as page 0. */
    public static <T> PageOf<T> all(List<T> items) {
        return new PageOf<>(items, 0, Math.max(items.size(), DEFAULT_SIZE), items.size());
    }

    /** One page of a list already in memory (a client's statements): the convention's paging without a query. */
    public static <T> PageOf<T> of(List<T> all, Request request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new PageOf<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** A page request clamped to sane bounds, so that {@code ?size=100000000} cannot hurt. */
    public record Request(int page, int size) {
        public Request {
            page = Math.max(0, page);
            size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        }

        public static Request of(Integer page, Integer size) {
            return new Request(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
