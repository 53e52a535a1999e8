package cn.gongzhi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar (system property {@code it.jar}) in its own JVM on a free port, its output in
 * {@code target/cluster/<name>.log}. {@link #kill()} is {@code kill -9}.
 */
public final class AppNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> arguments;
    private final Path log;
    private int port;
    private Process process;
    private final Path extraClasses;

    public AppNode(String name, List<String> arguments) {
        this(name, arguments, null);
    }

    /** A node that also loads the classes under {@code extraClasses} (test beans a test's models name). */
    public AppNode(String name, List<String> arguments, Path extraClasses) {
        this.name = name;
        this.arguments = arguments;
        this.extraClasses = extraClasses;
        this.log = Path.of("target", "cluster", name + ".log");
    }

    public void start() throws IOException {
        String jar = System.getProperty("it.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The packaged application is missing (it.jar = " + jar
                    + "): run through Maven's verify phase");
        }
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        if (extraClasses != null) {
            // Spring Boot's PropertiesLauncher runs the same jar with a directory of classes beside it
            command.addAll(List.of("-Dloader.path=" + extraClasses.toAbsolutePath(), "-cp", jar,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-jar", jar));
        }
        command.add("--server.port=" + port);
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the node answers its readiness probe; fails with the end of its log if it dies or takes too long. */
    public void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (status("/actuator/health/readiness") != 200) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not become ready within " + limit + "; its log ends:\n"
                        + logTail());
            }
            Thread.sleep(500);
        }
    }

    /** The status of /actuator/health: 200 up, 503 down, -1 when the node does not answer. */
    public int health() {
        return status("/actuator/health");
    }

    public HttpApi as(String username, String password) {
        return HttpApi.as(port, username, password);
    }

    public HttpApi anonymous() {
        return HttpApi.anonymous(port);
    }

    /** SIGKILL: no shutdown hook runs, no lock is released, open transactions die with the connections. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
