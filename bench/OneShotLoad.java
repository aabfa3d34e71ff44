import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Load for the one-shot query API (bench/oneshot-bench.sh runs it; not part of the tests): CLIENTS threads each post
 * the same script in a loop for SECONDS, with the session and XSRF cookies of a curl cookie file. Prints one line:
 * requests per second, errors (a status other than 200 or an "error" in the answer), median and 99th percentile in
 * ms, and how many waited over 2 s.
 *
 * <p>Usage: java bench/OneShotLoad.java BASE DATABASE COOKIE_FILE CLIENTS SECONDS SQL
 */
final class OneShotLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String database = args[1];
        List<String[]> cookies = Files.readAllLines(Path.of(args[2])).stream()
                .map(line -> line.startsWith("#HttpOnly_") ? line.substring("#HttpOnly_".length()) : line)
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(fields -> fields.length >= 7)
                .toList();
        String cookieHeader = cookies.stream().map(f -> f[5] + "=" + f[6]).collect(Collectors.joining("; "));
        String xsrf = cookies.stream().filter(f -> f[5].equals("XSRF-TOKEN")).map(f -> f[6]).findFirst().orElseThrow();
        int clients = Integer.parseInt(args[3]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[4]));
        String body = "{\"sql\":\"" + args[5].replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/databases/" + database + "/query"))
                .header("Cookie", cookieHeader)
                .header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200 || answer.body().contains("\"error\":{")) {
                            errors.add(answer.statusCode() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                    latencies.add(System.nanoTime() - sent);
                }
            });
            threads.add(client);
            client.start();
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread client : threads) {
            client.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long slow = sorted.stream().filter(nanos -> nanos > 2_000_000_000L).count();
        System.out.printf(
                "rate=%.1f requests=%d errors=%d p50=%.1f p99=%.1f over2s=%d%n",
                sorted.size() / seconds,
                sorted.size(),
                errors.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                slow);
        errors.stream().limit(3).forEach(error -> System.err.println("error: " + error));
    }
}
