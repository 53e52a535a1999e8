package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class holds more than one responsibility: a class over {@value #MAX_LINES} lines says why at its top, in
 * the first paragraph of its class javadoc, which starts with the words "Long because". A class that is long without
 * such a reason is split by job instead.
 */
class ClassSizeTest {

    static final int MAX_LINES = 250;
    static final String REASON = "Long because";

    private static final Path MAIN = Path.of("src/main/java");

    /** The javadoc of the file's top-level type: the last one before the first unindented type declaration. */
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public |final |abstract |sealed |non-sealed )*(?:class|record|enum|interface|@interface) ",
            Pattern.MULTILINE);
    private static final Pattern JAVADOC = Pattern.compile("(?s)^/\\*\\*(.*?)\\*/", Pattern.MULTILINE);

    @Test
    void everyMainClassOverTheLimitSaysWhyAtItsTop() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> unexplained = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MAX_LINES)
                    .filter(f -> !reasonGiven(read(f)))
                    .map(f -> MAIN.relativize(f) + " (" + lines(f) + " lines)")
                    .sorted().toList();
            assertThat(unexplained).as("main classes over %d lines without \"%s …\" at the top of their class javadoc:"
                    + " split them by job, or write why they are one", MAX_LINES, REASON).isEmpty();
        }
    }

    @Test
    void theReasonCountsOnlyAsTheFirstParagraphOfTheClassJavadoc() {
        assertThat(reasonGiven("package a;\n\n/**\n * Long because every rule is here.\n * <p>\n * More.\n */\n"
                + "@Component\nclass A {\n}\n")).isTrue();
        assertThat(reasonGiven("package a;\n\n/**\n * A gate.\n * <p>\n * Long because every rule is here.\n */\n"
                + "class A {\n}\n")).as("not the first paragraph").isFalse();
        assertThat(reasonGiven("package a;\n\n/** A gate. */\nclass A {\n\n    /** Long because. */\n"
                + "    void a() {\n    }\n}\n")).as("a member's javadoc").isFalse();
        assertThat(reasonGiven("package a;\n\n/** Long because every rule is here. */\nimport b.B;\n\nclass A {\n}\n"))
                .as("a javadoc before the imports").isFalse();
        assertThat(reasonGiven("package a;\n\n/** Long because every rule is here. */\n@ApplicationModule(\n"
                + "        allowedDependencies = {\"b\"})\nclass A {\n}\n")).as("across a long annotation").isTrue();
    }

    static boolean reasonGiven(String source) {
        return classJavadoc(source).map(text -> text.startsWith(REASON)).orElse(false);
    }

    /** The class javadoc's text, its leading asterisks and blanks removed. */
    static Optional<String> classJavadoc(String source) {
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            return Optional.empty();
        }
        String head = source.substring(0, type.start());
        Matcher doc = JAVADOC.matcher(head);
        String last = null;
        int end = -1;
        while (doc.find()) {
            last = doc.group(1);
            end = doc.end();
        }
        // only annotations may stand between the javadoc and the declaration: no import, no other comment
        String between = last == null ? "" : head.substring(end);
        if (last == null || between.contains(";") || between.contains("//") || between.contains("/*")) {
            return Optional.empty();
        }
        return Optional.of(last.lines().map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
                .collect(java.util.stream.Collectors.joining(" ")).strip());
    }

    private static long lines(Path file) {
        return read(file).lines().count();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
