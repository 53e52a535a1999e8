package cn.gongzhi.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinese error pages people see in the browser (src/main/resources/static/error/): Spring Boot shows them for
 * errors that reach {@code /error}; handlers that answer themselves take them from here.
 */
public final class ErrorPages {

    private static final Map<Integer, String> PAGES = new ConcurrentHashMap<>();

    private ErrorPages() {
    }

    /** The page for this status: its own (403, 404) or its series' (4xx, 5xx). */
    public static String page(int status) {
        return PAGES.computeIfAbsent(status, ErrorPages::load);
    }

    private static String load(int status) {
        String series = status >= 500 ? "5xx" : "4xx";
        for (String name : new String[] {String.valueOf(status), series}) {
            try (InputStream in = ErrorPages.class.getResourceAsStream("/static/error/" + name + ".html")) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no error page for " + status);
    }
}
