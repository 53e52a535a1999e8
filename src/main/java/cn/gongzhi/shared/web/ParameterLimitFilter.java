package cn.gongzhi.shared.web;

import cn.gongzhi.shared.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything looks a request up, what no identifier and no page can be:
 * <ul>
 *   <li>on every way in, a path segment longer than {@code gongzhi.limits.max-parameter-length} (a 7,000-character
 *       task id): 404, as for any id that does not exist; a query parameter name or value (each comma-separated item)
 *       longer than that: 400;</li>
 *   <li>on the engine REST API and the webapps' APIs, {@code firstResult} or {@code maxResults} that is not a whole
 *       number, is negative, or asks for more than the engine's {@code queryMaxResultsLimit}: 400.</li>
 * </ul>
 * A query of the engine REST API (also the webapps' copy under {@code /camunda/api/engine}) that names no
 * {@code maxResults} gets the largest page, {@code queryMaxResultsLimit}, where the engine would refuse it for asking
 * for an unbounded number of results.
 */
class ParameterLimitFilter extends OncePerRequestFilter {

    static final String FIRST_RESULT = "firstResult";
    static final String MAX_RESULTS = "maxResults";

    private final int maxLength;
    private final IntSupplier queryMaxResultsLimit;

    ParameterLimitFilter(int maxLength, IntSupplier queryMaxResultsLimit) {
        this.maxLength = maxLength;
        this.queryMaxResultsLimit = queryMaxResultsLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (tooLong(path)) {
            ErrorBodies.refuse(request, response, HttpStatus.NOT_FOUND.value(), "记录不存在",
                    "地址中有一段超过 " + maxLength + " 个字符，没有这样的编号或标识");
            return;
        }
        Map<String, List<String>> query = query(request.getQueryString());
        String problem = tooLong(query);
        int limit = queryMaxResultsLimit.getAsInt();
        if (problem == null && ErrorBodies.isCamundaApi(path)) {
            problem = paging(query, limit);
        }
        if (problem != null) {
            ErrorBodies.refuse(request, response, HttpStatus.BAD_REQUEST.value(), "请求无效", problem);
            return;
        }
        if (limit < Integer.MAX_VALUE && !query.containsKey(MAX_RESULTS) && pagesByDefault(request)) {
            chain.doFilter(new DefaultPage(request, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooLong(String path) {
        for (String segment : path.split("/")) {
            if (decode(segment).length() > maxLength) {
                return true;
            }
        }
        return false;
    }

    private String tooLong(Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().length() > maxLength) {
                return "查询参数名超过 " + maxLength + " 个字符，未处理";
            }
            for (String value : parameter.getValue()) {
                for (String item : value.split(",")) {
                    if (item.length() > maxLength) {
                        return "查询参数 " + parameter.getKey() + " 的值超过 " + maxLength
                                + " 个字符，不是有效的编号或标识，未处理";
                    }
                }
            }
        }
        return null;
    }

    private static String paging(Map<String, List<String>> query, int limit) {
        for (String value : query.getOrDefault(FIRST_RESULT, List.of())) {
            if (wholeNumber(value) < 0) {
                return "firstResult 须为不小于 0 的整数（从第几条开始），而不是「" + value + "」";
            }
        }
        for (String value : query.getOrDefault(MAX_RESULTS, List.of())) {
            long maxResults = wholeNumber(value);
            if (maxResults < 0 || maxResults > limit) {
                return "maxResults 须为 0 到 " + limit + " 之间的整数（每页最多 " + limit
                        + " 条，更多请用 firstResult 翻页），而不是「" + value + "」";
            }
        }
        return null;
    }

    /** The value as a whole number within an int, or -1. */
    private static long wholeNumber(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Queries of the engine REST API, where Camunda lists everything when no page is named. */
    private static boolean pagesByDefault(HttpServletRequest request) {
        String path = request.getRequestURI();
        return ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))
                && (ErrorBodies.isEngineRest(path) || path.startsWith("/camunda/api/engine/"));
    }

    /** The query string's parameters, decoded, in order. */
    private static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The request with {@code maxResults} added to its query string. */
    private static final class DefaultPage extends HttpServletRequestWrapper {

        private final String maxResults;

        DefaultPage(HttpServletRequest request, int maxResults) {
            super(request);
            this.maxResults = String.valueOf(maxResults);
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + maxResults;
        }

        @Override
        public String getParameter(String name) {
            return MAX_RESULTS.equals(name) ? maxResults : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return MAX_RESULTS.equals(name) ? new String[] {maxResults} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(MAX_RESULTS, new String[] {maxResults});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
