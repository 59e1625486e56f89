package lt.pagalba.request;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many requests one address may register through the public form: a token bucket per address
 * ({@code pagalba.web-form.max-per-hour}), refilled over the hour. Buckets of quiet addresses expire.
 */
@Component
class WebFormRateLimit {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();
    private final int perHour;

    WebFormRateLimit(@Value("${pagalba.web-form.max-per-hour:10}") int perHour) {
        this.perHour = perHour;
    }

    boolean tryAcquire(String address) {
        return buckets.get(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build()).tryConsume(1);
    }
}
