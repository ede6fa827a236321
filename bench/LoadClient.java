import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run against the local HTTP service, from a second process: at most N requests and at most S
 * seconds, whichever comes first, from C threads; prints requests per second, latency percentiles and errors.
 * Refuses any address that is not loopback. Not part of the test suite (see docs/http-service.md).
 *
 * <pre>
 * java bench/LoadClient.java URL [--body FILE] [--requests N] [--seconds S] [--concurrency C] [--warmup W]
 * </pre>
 *
 * With --body the requests are POSTs of that file as JSON; without, GETs.
 */
public final class LoadClient {

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: java bench/LoadClient.java URL [--body FILE] [--requests N] [--seconds S]"
                    + " [--concurrency C] [--warmup W]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        Map<String, String> options = new TreeMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            System.err.println("refusing " + url.getHost() + ": this load client only targets loopback addresses");
            System.exit(2);
        }
        String body = options.containsKey("--body") ? Files.readString(Path.of(options.get("--body"))) : null;
        int requests = Integer.parseInt(options.getOrDefault("--requests", "10000"));
        double seconds = Double.parseDouble(options.getOrDefault("--seconds", "30"));
        int concurrency = Integer.parseInt(options.getOrDefault("--concurrency", "4"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "500"));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = request(url, body);

        run(client, request, Math.min(warmup, requests), seconds, concurrency); // JIT and connections, not counted
        Result result = run(client, request, requests, seconds, concurrency);
        result.print(url, body == null ? "GET" : "POST", concurrency);
    }

    private static HttpRequest request(URI url, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30));
        return body == null ? builder.GET().build() : builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Result run(HttpClient client, HttpRequest request, int requests, double seconds, int concurrency)
            throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        long[][] latencies = new long[concurrency][];
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[requests];
                int count = 0;
                while (issued.getAndIncrement() < requests && System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    String status;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = String.valueOf(response.statusCode());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        status = e.getClass().getSimpleName();
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    mine[count++] = System.nanoTime() - before;
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                }
                latencies[worker] = Arrays.copyOf(mine, count);
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, elapsed, errors.get(), new TreeMap<>(statuses));
    }

    private record Result(long[] sorted, long elapsedNanos, long errors, Map<String, AtomicLong> statuses) {

        double percentileMs(double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }

        void print(URI url, String method, int concurrency) {
            double secs = elapsedNanos / 1e9;
            System.out.printf(Locale.ROOT, "%s %s  concurrency %d%n", method, url, concurrency);
            System.out.printf(Locale.ROOT, "requests %d in %.2f s = %.0f requests/s; errors %d; statuses %s%n",
                    sorted.length, secs, sorted.length / secs, errors, statuses);
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    percentileMs(50), percentileMs(90), percentileMs(99), percentileMs(100));
        }
    }
}
