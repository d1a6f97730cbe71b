package io.github.talentrules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.talentrules.Case;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.Format;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision service under load, on loopback only and bounded in time: {@code ./talent-rules serve}
 * started as a process of its own, then
 * <ol>
 *   <li>{@code POST /api/decide} from 200 concurrent clients (keep-alive connections, each sending its
 *       next case as soon as it has the answer to the last) for 30 s after 60 s of warm-up: decisions
 *       per second, p50/p99/max latency, and every answer compared byte for byte with the library's own
 *       decision of the same case (1,027 cases: 1,000 generated around every boundary of
 *       intl-training, and every example case of every pack);</li>
 *   <li>20 sheets uploaded at once (1,050 rows each), each summary compared with the library's;</li>
 *   <li>a sheet of 10,000 rows end to end, without and with the rows for the page's table;</li>
 * </ol>
 * and the server's resident memory, sampled throughout. Not part of {@code mvn verify}; see
 * docs/benchmarks.md for the command:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.talentrules.bench.ServiceLoad [JAR] [clients] [seconds] [warm-up seconds]
 * </pre>
 */
public final class ServiceLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHEETS_AT_ONCE = 20;

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "rules-cli/target/talent-rules.jar");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        // The JIT needs about 10^5 decisions before a decision costs what JMH measures (35 µs of CPU with its JSON,
        // against 700 µs in the first seconds): the warm-up runs the same load for a minute first.
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        TalentRules rules = TalentRules.fromClasspath();
        List<byte[]> requests = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        for (String body : cases(rules)) {
            byte[] json = body.getBytes(StandardCharsets.UTF_8);
            requests.add(request(json));
            expected.add(rules.decide(rules.readCase(body, "request.json")).toJson(Language.ZH).getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf("%d cases, each answer compared with the library's decision%n", requests.size());

        List<String> command = new ArrayList<>(List.of("java"));
        // -Dserver.jvm="-Xmx512m -XX:StartFlightRecording=..." passes options to the server's JVM.
        command.addAll(Arrays.stream(System.getProperty("server.jvm", "").split(" ")).filter(o -> !o.isBlank()).toList());
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--max-sheet-jobs", Integer.toString(SHEETS_AT_ONCE)));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            URI base = address(server);
            Memory memory = new Memory(server.pid());
            memory.start();
            System.out.printf("server pid %d at %s, %d MB resident after start%n", server.pid(), base, memory.now() / 1024);

            load(base, requests, expected, clients, warmUp, "warm-up");
            memory.reset();
            // The machine may be shared: the CPU time each side spent per decision says what two cores of
            // their own would do, whatever else ran meanwhile.
            long serverCpu = cpuTicks(server.pid());
            long clientCpu = ownCpuNanos();
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
            long decided = load(base, requests, expected, clients, seconds, "measured");
            double serverMicros = (cpuTicks(server.pid()) - serverCpu) * 10_000.0 / decided;
            double clientMicros = (ownCpuNanos() - clientCpu) / 1000.0 / decided;
            System.out.printf("server memory during the measured run: peak %d MB resident%n", memory.peak() / 1024);
            System.out.printf("CPU per decision: server %.0f µs, client %.0f µs; two cores of their own would allow about %,.0f/s"
                            + " (load average %s before, %s after)%n", serverMicros, clientMicros, 2e6 / (serverMicros + clientMicros),
                    loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());

            Path dir = Files.createTempDirectory("talent-rules-load-");
            Path sheet = sheet(dir.resolve("sheet-1050.csv"), 1050);
            memory.reset();
            sheets(base, rules, sheet, SHEETS_AT_ONCE, false);
            System.out.printf("server memory during the uploads: peak %d MB resident%n", memory.peak() / 1024);
            Path big = sheet(dir.resolve("sheet-10000.csv"), 10_000);
            memory.reset();
            sheets(base, rules, big, 1, false);
            sheets(base, rules, big, 1, true);
            System.out.printf("server memory during the 10,000-row sheets: peak %d MB resident%n", memory.peak() / 1024);
            memory.interrupt();
            for (Path p : List.of(sheet, big, dir)) {
                Files.delete(p);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** The cases sent: generated ones around every boundary of intl-training, and every example case. */
    private static List<String> cases(TalentRules rules) throws IOException {
        List<String> out = new ArrayList<>();
        for (Case c : GeneratedCases.generate(1000, 42)) {
            ObjectNode o = JSON.createObjectNode().put("program", c.programme()).put("asOf", c.asOf().toString());
            ObjectNode facts = o.putObject("facts");
            c.facts().forEach((k, v) -> {
                if (v instanceof Integer i) {
                    facts.put(k, i);
                } else if (v instanceof BigDecimal b) {
                    facts.put(k, b);
                } else if (v instanceof Boolean b) {
                    facts.put(k, b);
                } else {
                    facts.put(k, v.toString());
                }
            });
            ObjectNode attestations = o.putObject("attestations");
            c.attestations().forEach(attestations::put);
            out.add(o.toString());
        }
        try (var files = Files.walk(Path.of("examples/cases"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(JSON.writeValueAsString(new YAMLMapper().readTree(p.toFile())));
            }
        }
        out.removeIf(body -> {
            try {
                rules.readCase(body, "request.json");
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        });
        return out;
    }

    private static byte[] request(byte[] body) {
        byte[] head = ("POST /api/decide HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static URI address(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving on (http://\\S+/)");
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
            System.out.println("server: " + line);
        }
        throw new IOException("the server ended before it listened");
    }

    /** User and system CPU time of a process, in clock ticks (1/100 s). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** {@code clients} threads, each on its own keep-alive connection, for {@code seconds}; the decisions answered. */
    private static long load(URI base, List<byte[]> requests, List<byte[]> expected, int clients, int seconds, String name)
            throws InterruptedException {
        AtomicLong right = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int i = me * 7;
                Connection c = null;
                while (System.nanoTime() < end) {
                    int k = i++ % requests.size();
                    long start = System.nanoTime();
                    try {
                        if (c == null) {
                            c = new Connection(base);
                        }
                        byte[] answer = c.exchange(requests.get(k));
                        long took = System.nanoTime() - start;
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                        if (Arrays.equals(answer, expected.get(k))) {
                            right.incrementAndGet();
                        } else {
                            wrong.incrementAndGet();
                        }
                    } catch (IOException e) {
                        lost.incrementAndGet();
                        c = null;
                    }
                }
                latencies[me] = mine;
                counts[me] = n;
                if (c != null) {
                    c.close();
                }
            }, "client-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        System.out.printf("%s: %d clients, %d s: %,d decisions, %,.0f/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " %d answered right, %d wrong, %d lost%n", name, clients, seconds, total, total / (double) seconds,
                ms(all, 0.50), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, right.get(), wrong.get(), lost.get());
        return total;
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
    }

    /** A CSV of the example sheet's rows repeated to {@code rows} rows (its four bad rows in every 21 included). */
    private static Path sheet(Path file, int rows) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/sheets/zhengzhou-intl-training.csv"), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            out.append(lines.get(1 + i % (lines.size() - 1))).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code count} uploads of {@code sheet} at once, each to its decided sheet; every summary checked against the library's. */
    private static void sheets(URI base, TalentRules rules, Path sheet, int count, boolean rows) throws Exception {
        Summary expected = SheetCheck.builder(rules).build().check(sheet, OutputStream.nullOutputStream(), Format.CSV);
        JsonNode expectedJson = JSON.readTree(expected.toJson());
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = Files.readAllBytes(sheet);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        long start = System.nanoTime();
        List<CompletableFuture<Long>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(CompletableFuture.supplyAsync(() -> {
                try {
                    long t0 = System.nanoTime();
                    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("api/sheets?rows=" + rows))
                            .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (posted.statusCode() != 202) {
                        throw new IllegalStateException("upload answered " + posted.statusCode() + ": " + posted.body());
                    }
                    String job = JSON.readTree(posted.body()).path("job").asText();
                    JsonNode state;
                    do {
                        state = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("api/sheets/" + job + "?wait=30")).build(),
                                HttpResponse.BodyHandlers.ofString()).body());
                    } while (state.path("state").asText().equals("RUNNING"));
                    if (!state.path("summary").equals(expectedJson)) {
                        throw new IllegalStateException("summary differs from the library's: " + state);
                    }
                    HttpResponse<byte[]> result = http.send(HttpRequest.newBuilder(base.resolve("api/sheets/" + job + "/result")).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (result.statusCode() != 200 || !result.headers().firstValue("X-Sheet-Rows").orElse("").equals(Long.toString(expected.rows()))) {
                        throw new IllegalStateException("result answered " + result.statusCode());
                    }
                    if (rows) {
                        http.send(HttpRequest.newBuilder(base.resolve("api/sheets/" + job + "/rows")).build(), HttpResponse.BodyHandlers.discarding());
                    }
                    return System.nanoTime() - t0;
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        long[] each = done.stream().mapToLong(CompletableFuture::join).sorted().toArray();
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d upload%s of %,d rows%s at once: all done in %.1f s (each %.1f–%.1f s), %,.0f rows/s overall;"
                        + " every summary as the library's%n", count, count == 1 ? "" : "s", expected.rows(),
                rows ? " with the rows for the table" : "", wall, each[0] / 1e9, each[each.length - 1] / 1e9,
                count * expected.rows() / wall);
    }

    /** A keep-alive HTTP/1.1 connection that sends a prepared request and reads the answer's body. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(URI base) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            out = new BufferedOutputStream(socket.getOutputStream(), 1 << 14);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        byte[] exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IOException("answered " + status);
            }
            int length = -1;
            boolean chunked = false;
            for (String h; !(h = line()).isEmpty(); ) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(h.substring(colon + 1).trim());
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = h.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                }
            }
            if (!chunked) {
                return in.readNBytes(length);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size; (size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing at the end of the run
            }
        }
    }

    /** The server's resident memory from /proc, sampled every 200 ms. */
    private static final class Memory extends Thread {
        private final Path status;
        private volatile long peak;

        Memory(long pid) {
            super("memory");
            setDaemon(true);
            status = Path.of("/proc/" + pid + "/status");
        }

        long now() {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return 0;
        }

        void reset() {
            peak = now();
        }

        long peak() {
            return Math.max(peak, now());
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, now());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
