package cn.gongzhi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The automated WCAG 2.1 AA check of a page as the browser shows it now: axe-core (from npm, the version in the
 * committed package-lock.json; {@code npm ci} installs it, as .ci/run does) runs in the page through Selenium with the
 * rules tagged wcag2a, wcag2aa, wcag21a and wcag21aa. A serious or critical violation fails the step, naming the rule
 * and the elements; every result is written to {@code target/e2e/axe/<page>.json}.
 */
final class Accessibility {

    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
    private static final Path REPORTS = Path.of("target", "e2e", "axe");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axe;

    private Accessibility() {
    }

    /** Runs axe-core on the page and fails on serious or critical violations; returns all violations found. */
    static List<String> check(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                  .then(function (r) { done(JSON.stringify({violations: r.violations, passes: r.passes.length})); },
                        function (e) { done(JSON.stringify({error: String(e)})); });""");
        try {
            JsonNode report = JSON.readTree((String) result);
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(Browser.slug(page) + ".json"), report.toPrettyString(),
                    StandardCharsets.UTF_8);
            if (report.has("error")) {
                throw new AssertionError("axe-core could not check " + page + ": " + report.get("error").asText());
            }
            List<String> all = new ArrayList<>();
            List<String> blocking = new ArrayList<>();
            for (JsonNode violation : report.get("violations")) {
                String impact = violation.path("impact").asText();
                List<String> targets = new ArrayList<>();
                violation.get("nodes").forEach(node -> targets.add(node.get("target").toString()));
                String line = impact + " " + violation.get("id").asText() + " (" + violation.get("help").asText()
                        + ") at " + targets;
                all.add(line);
                if (impact.equals("serious") || impact.equals("critical")) {
                    blocking.add(line);
                }
            }
            if (!blocking.isEmpty()) {
                throw new AssertionError("WCAG 2.1 AA violations on " + page + ":\n  " + String.join("\n  ", blocking));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (axe == null) {
            if (!Files.isReadable(AXE)) {
                throw new AssertionError(AXE.toAbsolutePath() + " is missing: run `npm ci` in the project first");
            }
            try {
                axe = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
