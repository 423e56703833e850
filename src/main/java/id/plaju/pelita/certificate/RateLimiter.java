package id.plaju.pelita.certificate;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed window per client address: at most {@code limit} calls a minute. In memory, per
 * instance (behind two instances an address gets the limit on each); at most {@code MAX_CLIENTS}
 * addresses are remembered, the oldest windows dropped first when there are more.
 */
class RateLimiter {

    static final int MAX_CLIENTS = 10_000;
    private static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts a call of {@code client}; false when it is over the limit for the current minute. */
    boolean allow(String client) {
        long now = clock.millis();
        if (windows.size() >= MAX_CLIENTS) {
            evictOlderThan(now - WINDOW_MILLIS);
        }
        Window window = windows.compute(client == null ? "?" : client, (key, current) ->
                current == null || now - current.start >= WINDOW_MILLIS ? new Window(now, 1)
                        : new Window(current.start, current.count + 1));
        return window.count <= limit;
    }

    int size() {
        return windows.size();
    }

    private void evictOlderThan(long start) {
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().start < start) {
                it.remove();
            }
        }
        if (windows.size() >= MAX_CLIENTS) {
            windows.clear();
        }
    }

    private record Window(long start, int count) {
    }
}
