package lt.pagalba.request;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes prepared requests and gives them their numbers (R4). Numbers are gapless within a year,
 * so whoever takes one must hold the year's counter until its transaction commits; doing that one
 * request at a time would make every registration wait for every other one's disk flush. Instead
 * one writer per instance takes all requests waiting at that moment and writes them in one
 * transaction: consecutive numbers, one commit, one flush. The counter row still serialises
 * writers of several instances sharing a database. A batch that fails is retried one by one, so a
 * single bad request cannot take the others down.
 */
@Component
class Registrar {

    private static final Logger log = LoggerFactory.getLogger(Registrar.class);
    private static final int MAX_BATCH = 256;

    /**
     * One registration waiting for the writer. The writer takes it, or the caller who gave up waiting
     * withdraws it, never both: a withdrawn job is never written, a taken one is waited for.
     */
    private record Job(PreparedRequest request, CompletableFuture<RequestView> done, AtomicBoolean open) {

        Job(PreparedRequest request) {
            this(request, new CompletableFuture<>(), new AtomicBoolean(true));
        }

        boolean take() {
            return open.compareAndSet(true, false);
        }
    }

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final SupportRequests requests;
    private final FormKeys formKeys;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Thread writer;
    /** How long a caller waits for the writer to take its registration before it withdraws it. */
    private final long waitSeconds;
    private volatile boolean running = true;

    Registrar(SupportRequests requests, FormKeys formKeys, TransactionTemplate transactions, ApplicationEventPublisher events,
              @Value("${pagalba.registration.wait-seconds:30}") long waitSeconds) {
        this.waitSeconds = waitSeconds;
        this.requests = requests;
        this.formKeys = formKeys;
        this.transactions = transactions;
        this.events = events;
        this.writer = new Thread(this::writeWhileRunning, "request-registrar");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Writes the request and returns it with its number, once committed. A caller that waited
     * {@code pagalba.registration.wait-seconds} (30 s) for the writer to take it withdraws it and is told nothing was registered (so it may safely try
     * again); once the writer has taken it, the caller waits for the outcome, so a request that was
     * written is never answered as a failure.
     */
    RequestView register(PreparedRequest request) {
        Job job = new Job(request);
        queue.add(job);
        try {
            try {
                return job.done().get(waitSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (job.take()) {
                    throw new RegistrationNotWritten(waitSeconds);
                }
                return job.done().get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering", e);
        }
    }

    /** Writes the request in the caller's transaction (the mail intake keeps a message and its request together). */
    RequestView registerNow(PreparedRequest request) {
        return writeAll(List.of(request)).get(0);
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    private void writeWhileRunning() {
        List<Job> batch = new ArrayList<>();
        while (running) {
            try {
                Job first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                batch.removeIf(job -> !job.take()); // withdrawn by callers who gave up waiting
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Registrar failed a batch", e);
                batch.forEach(job -> job.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Job> batch) {
        try {
            List<RequestView> written = transactions.execute(status -> writeAll(batch.stream().map(Job::request).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(written.get(i));
            }
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(batchFailed);
                return;
            }
            log.warn("A batch of {} registrations failed ({}); writing them one by one", batch.size(), batchFailed.getMessage());
            for (Job job : batch) {
                try {
                    job.done().complete(transactions.execute(status -> writeAll(List.of(job.request()))).get(0));
                } catch (RuntimeException e) {
                    job.done().completeExceptionally(e);
                }
            }
        }
    }

    /**
     * One batch in one transaction: numbers per year (one counter update each), then the requests, their
     * leads and their timeline entries in one statement each, the keys of those sent from a form, then
     * their events.
     */
    private List<RequestView> writeAll(List<PreparedRequest> batch) {
        Map<Integer, Integer> countPerYear = new LinkedHashMap<>();
        batch.forEach(r -> countPerYear.merge(r.year(), 1, Integer::sum));
        Map<Integer, Integer> nextPerYear = new LinkedHashMap<>();
        countPerYear.forEach((year, count) -> nextPerYear.put(year, requests.takeNumbers(year, count)));

        List<SupportRequest> registered = new ArrayList<>();
        for (PreparedRequest r : batch) {
            int next = nextPerYear.merge(r.year(), 1, Integer::sum) - 1;
            registered.add(SupportRequest.register(r, "%d-%06d".formatted(r.year(), next)));
        }
        requests.insertAll(registered);
        requests.keepCompaniesAsTyped(batch);
        formKeys.insertAll(batch);
        registered.forEach(r -> r.history().events().forEach(events::publishEvent));
        return registered.stream().map(SupportRequest::view).toList();
    }
}
