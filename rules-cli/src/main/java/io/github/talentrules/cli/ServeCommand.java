package io.github.talentrules.cli;

import io.github.talentrules.service.DecisionService;
import io.github.talentrules.service.Limits;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the decision service and its web page, until Ctrl-C. */
@Command(name = "serve", sortOptions = false,
        header = "Serve the decisions over HTTP, with a web page for staff, until Ctrl-C.",
        description = {"Start the decision service: the page at /, the API under /api/ (described at /openapi.json and /docs/),",
            "over every pack on the classpath and any --pack folder. It listens on 127.0.0.1 unless --bind says otherwise.",
            "Packs are code: the service never loads a pack or a reform from a request. See docs/service.md."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--token", paramLabel = "T",
            description = "Require 'Authorization: Bearer T' on every /api/ request. Also read from TALENT_RULES_TOKEN.")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest JSON request body (default: 1048576).")
    Long maxBody;

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest sheet upload (default: 20971520).")
    Long maxUpload;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows in one sheet (default: 100000).")
    Long maxRows;

    @Option(names = "--max-sheet-jobs", paramLabel = "N", description = "Sheets checked at once; one more gets 503 (default: 2).")
    Integer maxSheetJobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a request, or the check of one sheet, may take (default: 60).")
    Long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        var lang = engine.language;
        for (Number n : new Number[] {maxBody, maxUpload, maxRows, maxSheetJobs, timeoutSeconds}) {
            if (n != null && n.longValue() < 1) {
                throw new Refused(io.github.talentrules.explain.Text.of("每个上限至少为 1，而不是 " + n,
                        "every limit must be at least 1, not " + n));
            }
        }
        Limits d = Limits.DEFAULT;
        Limits limits = new Limits(maxBody != null ? maxBody : d.maxBodyBytes(), maxUpload != null ? maxUpload : d.maxUploadBytes(),
                maxRows != null ? maxRows : d.maxRows(), maxSheetJobs != null ? maxSheetJobs : d.maxSheetJobs(),
                timeoutSeconds != null ? Duration.ofSeconds(timeoutSeconds) : d.timeout());
        DecisionService.Builder b = DecisionService.builder(engine.engine()).bind(bind).port(port).limits(limits);
        String t = token != null ? token : System.getenv("TALENT_RULES_TOKEN");
        if (t != null && !t.isBlank()) {
            b.token(t);
        }
        DecisionService service;
        try {
            service = b.start();
        } catch (java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("talent-rules: " + lang.pick("无法在 " + bind + ":" + port
                    + " 上监听（端口已被占用，或没有权限；请用 --port 换一个端口）", e.getCause().getMessage()));
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "talent-rules-stop"));
        var out = spec.commandLine().getOut();
        out.println("talent-rules: " + lang.pick("正在 " + service.uri() + " 提供服务（API：" + service.uri() + "openapi.json）；按 Ctrl-C 停止",
                "serving on " + service.uri() + " (API: " + service.uri() + "openapi.json); Ctrl-C stops it"));
        out.flush();
        stopped.await();
        return ExitCodes.DONE;
    }
}
