package io.github.talentrules.service;

import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision service: the engine's public API over HTTP, and the page at {@code /}. It decides
 * nothing itself: each answer is the engine's, read and written as the command line reads and
 * writes it. The endpoints, limits and errors are in {@code /openapi.json} and {@code docs/service.md}.
 *
 * <pre>{@code
 * try (DecisionService service = DecisionService.builder(TalentRules.fromClasspath()).port(8080).start()) {
 *     System.out.println(service.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>Packs are code: the service decides with the packs it was built with, and never loads a pack
 * or a reform from a request. It listens on 127.0.0.1 unless told otherwise.
 */
public final class DecisionService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);
    private static final String PROBLEM = "application/problem+json; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    /** The page, its script and style, and the API's own page: under this folder on the classpath. */
    private static final String PAGE = "/io/github/talentrules/service/page";

    private final Javalin app;
    private final Sheets sheets;
    private final ThreadPoolExecutor deciders;
    private final String host;

    private DecisionService(Builder b) throws IOException {
        Limits limits = b.limits;
        Cases cases = new Cases(b.rules);
        Programmes programmes = new Programmes(b.rules);
        this.sheets = new Sheets(b.rules, limits);
        this.host = b.bind;
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.deciders = new ThreadPoolExecutor(cores, cores, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4096), r -> {
            Thread t = new Thread(r, "talent-rules-decide-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        byte[] openApi = resource(PAGE + "/openapi.json");
        byte[] apiPage = resource(PAGE + "/docs/index.html");
        byte[] token = b.token.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(b.bind);
                c.setPort(b.port);
                // A client that sends nothing for this long is cut off (a slow upload holds a thread); never under 5 s.
                c.setIdleTimeout(Math.max(limits.timeout().toMillis(), 5000));
                return c;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGE;
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();

            var routes = config.routes;
            routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'");
            });
            routes.before("/api/*", ctx -> authorise(ctx, token));
            routes.get("/health", ctx -> ctx.contentType(JSON).result("{\"status\":\"UP\",\"packs\":" + b.rules.packs().size()
                    + ",\"programmes\":" + programmes.count() + "}"));
            routes.get("/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
            routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(apiPage));
            routes.post("/api/decide", ctx -> {
                Language language = Requests.language(ctx);
                String body = Requests.jsonBody(ctx, limits.maxBodyBytes());
                ctx.contentType(JSON).result(compute(() -> cases.decide(body, language), limits));
            });
            routes.post("/api/decide-all", ctx -> {
                Language language = Requests.language(ctx);
                String body = Requests.jsonBody(ctx, limits.maxBodyBytes());
                ctx.contentType(JSON).result(compute(() -> cases.decideAll(body, language), limits));
            });
            routes.post("/api/find", ctx -> {
                Language language = Requests.language(ctx);
                String body = Requests.jsonBody(ctx, limits.maxBodyBytes());
                ctx.contentType(JSON).result(compute(() -> cases.find(body, language), limits));
            });
            routes.get("/api/programmes", ctx -> ctx.contentType(JSON).result(programmes.list(Requests.language(ctx))));
            routes.get("/api/programmes/{id}", ctx -> {
                Language language = Requests.language(ctx);
                LocalDate asOf = Requests.date(ctx, "asOf").orElse(LocalDate.now());
                ctx.contentType(JSON).result(programmes.describe(ctx.pathParam("id"), asOf, language));
            });
            routes.post("/api/sheets", sheets::submit);
            routes.get("/api/sheets/{job}", sheets::status);
            routes.get("/api/sheets/{job}/result", sheets::result);
            routes.get("/api/sheets/{job}/rows", sheets::rows);

            routes.exception(Problem.class, (p, ctx) -> answer(ctx, p));
            routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, problem(e, ctx, limits)));
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                answer(ctx, Problem.of(Problem.Kind.INTERNAL, "服务内部错误（已记入服务日志）", "an internal error (written to the service's log)"));
            });
        });
        try {
            app.start();
        } catch (io.javalin.util.JavalinBindException e) {
            close();
            throw new UncheckedIOException(new java.net.BindException("cannot listen on " + b.bind + ":" + b.port + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts a service over the packs of {@code rules}. */
    public static Builder builder(TalentRules rules) {
        return new Builder(rules);
    }

    /** The port it listens on (the one chosen when it was asked for port 0). */
    public int port() {
        return app.port();
    }

    /** Where the page is: {@code http://host:port/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Stops listening, ends the sheet jobs under way and deletes their files. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            deciders.shutdownNow();
            sheets.close();
        }
    }

    /** Runs one request's work on the deciders within the time limit: 503 when it takes longer or too many wait. */
    private String compute(Callable<String> work, Limits limits) throws Exception {
        Future<String> f;
        try {
            f = deciders.submit(work);
        } catch (RejectedExecutionException e) {
            throw Problem.of(Problem.Kind.BUSY, "等待判定的请求过多，请稍后再试", "too many requests are waiting to be decided; try again shortly");
        }
        try {
            return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw Problem.of(Problem.Kind.TIMEOUT, "判定超过时限 " + limits.timeout().toMillis() + " 毫秒",
                    "deciding took longer than the limit of " + limits.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    /** With a token configured, every {@code /api/} request carries it as {@code Authorization: Bearer <token>}. */
    private static void authorise(Context ctx, byte[] token) {
        if (token == null) {
            return;
        }
        String given = Objects.requireNonNullElse(ctx.header("Authorization"), "");
        byte[] presented = given.regionMatches(true, 0, "Bearer ", 0, 7)
                ? given.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(presented, token)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"talent-rules\"");
            throw Problem.of(Problem.Kind.UNAUTHORIZED, given.isEmpty() ? "请在 Authorization 头中提供访问令牌：Bearer <令牌>"
                            : "访问令牌不对", given.isEmpty() ? "send the token as Authorization: Bearer <token>" : "the token is not right")
                    .at("Authorization");
        }
    }

    /** Javalin's own answers (no route, wrong method, body over the limit) as problems. */
    private static Problem problem(HttpResponseException e, Context ctx, Limits limits) {
        String what = ctx.method() + " " + ctx.path();
        return switch (e.getStatus()) {
            case 404 -> Problem.of(Problem.Kind.NOT_FOUND, "没有 " + what, "there is no " + what);
            case 405 -> {
                String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().getOrDefault("Available methods", ""));
                if (!allowed.isEmpty()) {
                    ctx.header("Allow", allowed);
                }
                yield Problem.of(Problem.Kind.METHOD_NOT_ALLOWED, ctx.path() + " 只接受 " + allowed, ctx.path() + " takes " + allowed + " only");
            }
            case 413 -> Requests.tooLarge(limits.maxBodyBytes());
            default -> {
                LOG.warn("{} answered {} by Javalin: {}", what, e.getStatus(), e.getMessage());
                yield e.getStatus() < 500 ? Problem.of(Problem.Kind.BAD_REQUEST, "请求有误（HTTP " + e.getStatus() + "）", "bad request: " + e.getMessage())
                        : Problem.of(Problem.Kind.INTERNAL, "服务内部错误", "internal error");
            }
        };
    }

    private static void answer(Context ctx, Problem p) {
        if (p.kind() == Problem.Kind.BUSY || p.kind() == Problem.Kind.TIMEOUT) {
            ctx.header("Retry-After", "5");
        }
        ctx.status(p.status()).contentType(PROBLEM).result(Json.write(p.toJson(Requests.languageOrChinese(ctx), ctx.path())));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DecisionService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds and starts a {@link DecisionService}. Not thread-safe. By default it listens on
     * 127.0.0.1:8080, with {@link Limits#DEFAULT} and no token.
     */
    public static final class Builder {
        private final TalentRules rules;
        private String bind = "127.0.0.1";
        private int port = 8080;
        private Optional<String> token = Optional.empty();
        private Limits limits = Limits.DEFAULT;

        private Builder(TalentRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
        }

        /** The address to listen on: 127.0.0.1 by default; {@code 0.0.0.0} for every interface. */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port; 0 for any free one ({@link DecisionService#port()} tells which). */
        public Builder port(int number) {
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + number);
            }
            this.port = number;
            return this;
        }

        /** A bearer token every {@code /api/} request must carry; none by default. */
        public Builder token(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a token is not blank");
            }
            this.token = Optional.of(value);
            return this;
        }

        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Starts listening.
         *
         * @throws UncheckedIOException when the address cannot be listened on (a {@link java.net.BindException}: the
         *         port is taken) or the sheets' working folder cannot be made
         */
        public DecisionService start() {
            try {
                return new DecisionService(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
