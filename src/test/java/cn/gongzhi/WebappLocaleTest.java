package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified Chinese for Tasklist, Welcome and Admin is complete: every key of the {@code en.json} the webapp
 * ships (read from the Camunda webjar on the classpath, so an upgrade that adds keys fails here) is in our
 * {@code zh.json}, with the same {@code {{…}}} placeholders, and no value is left in English. Latin letters may remain
 * only in the documented proper nouns below, inside placeholders and HTML tags, and in moment's date-format tokens.
 */
class WebappLocaleTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Names kept as they are: the product and standards, technical abbreviations, the execution metrics' column
     * headers (FNI, EDE: the page prints them untranslated) and the application ids an administrator types when
     * granting access to an application (cockpit, tasklist).
     */
    static final Set<String> PROPER_NOUNS = Set.of("Camunda", "BPMN", "DMN", "CMMN", "ID", "URL", "API", "REST",
            "JSON", "XML", "CSV", "UUID", "Cockpit", "HTML", "CSRF", "LDAP", "SQL", "JDBC", "Java", "FNI", "EDE",
            "cockpit", "tasklist");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin"})
    void everyShippedKeyIsTranslatedWithItsPlaceholders(String app) throws IOException {
        Map<String, String> english = flatten(read(APPS + app + "/locales/en.json"));
        Map<String, String> chinese = flatten(read(APPS + app + "/locales/zh.json"));

        assertThat(chinese.keySet()).as("keys of %s zh.json", app).containsAll(english.keySet());
        for (var entry : english.entrySet()) {
            String key = entry.getKey();
            if (key.endsWith("BANNER_CE_EOL_TEXT")) {
                assertThat(chinese.get(key)).as("%s: the migration banner says nothing", key).isEmpty();
                continue;
            }
            assertThat(placeholders(chinese.get(key))).as("placeholders of %s %s", app, key)
                    .isEqualTo(placeholders(entry.getValue()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin"})
    void noValueIsLeftInEnglish(String app) throws IOException {
        Map<String, String> chinese = flatten(read(APPS + app + "/locales/zh.json"));
        Map<String, Set<String>> english = new LinkedHashMap<>();
        chinese.forEach((key, value) -> {
            if (isDateFormat(key)) {
                return;
            }
            Set<String> words = new TreeSet<>();
            Matcher latin = LATIN_WORD.matcher(TAG.matcher(PLACEHOLDER.matcher(value).replaceAll(" ")).replaceAll(" "));
            while (latin.find()) {
                if (!PROPER_NOUNS.contains(latin.group())) {
                    words.add(latin.group());
                }
            }
            if (!words.isEmpty()) {
                english.put(key, words);
            }
        });
        assertThat(english).as("values of %s zh.json still in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin"})
    void datesUseChineseMonthsAndTheLongChineseFormat(String app) throws IOException {
        JsonNode dates = read(APPS + app + "/locales/zh.json").get("dateLocales");
        assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
        assertThat(dates.get("weekdays").get(0).asText()).isEqualTo("星期日");
        assertThat(dates.get("longDateFormat").get("LLL").asText()).isEqualTo("YYYY年M月D日 HH:mm");
    }

    /** Moment's format strings ({@code YYYY年M月D日}, {@code [今天] LT}) are made of Latin tokens by design. */
    private static boolean isDateFormat(String key) {
        return key.startsWith("dateLocales.longDateFormat.") || key.startsWith("dateLocales.calendar.");
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value == null ? "" : value);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    e.getValue(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.put(path, node.asText());
        }
    }
}
