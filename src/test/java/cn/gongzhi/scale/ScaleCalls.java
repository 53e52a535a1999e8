package cn.gongzhi.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What people wait for, over HTTP the way their clients call it: a worker's Tasklist (its own REST calls, in a logged-in
 * session, authorization checks on), a supervisor's history list and dashboard, a resident's lookup and an Open311
 * client. Each call is timed 40 times after 10 unmeasured ones; median and 95th percentile in milliseconds.
 */
final class ScaleCalls {

    static final int WARM_UP = 10;
    static final int RUNS = 40;
    /** Slower than this on its first run: timed three times only. */
    static final double SLOW_MILLIS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private final String base;
    private final HttpClient anonymous = HttpClient.newHttpClient();

    ScaleCalls(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Every measured call at this size: name → {median, p95} in ms. */
    Map<String, double[]> measure(String worker, String supervisor, String street, List<String> lookupNumbers)
            throws Exception {
        Map<String, double[]> results = new LinkedHashMap<>() {
            @Override
            public double[] put(String call, double[] millis) {
                System.out.printf(Locale.ROOT, "== measured %-62s %8.1f / %8.1f ms%n", call, millis[0], millis[1]);
                return super.put(call, millis);
            }
        };
        Session tasklist = new Session(worker);
        JsonNode filters = tasklist.json("GET", ENGINE + "/filter?resourceType=Task&itemCount=true", null);
        String mine = filterId(filters, "我的待办");
        String group = filterId(filters, "本组待办");
        run(results, "Tasklist: filters with their counts", () -> tasklist.call("GET", ENGINE
                + "/filter?resourceType=Task&itemCount=true", null));
        run(results, "Tasklist: 我的待办, first 15 with count", () -> tasklist.list(mine));
        run(results, "Tasklist: 本组待办, first 15 with count", () -> tasklist.list(group));
        List<String> open = new ArrayList<>();
        // the contact steps (completing one adds a handling step to her list, which this does not complete)
        tasklist.json("POST", ENGINE + "/filter/" + mine + "/list?firstResult=0&maxResults=200", LIST_BODY)
                .forEach(task -> {
                    if (task.get("taskDefinitionKey").asText().equals("Activity_ContactPetitioner")) {
                        open.add(task.get("id").asText());
                    }
                });
        if (open.size() < WARM_UP + RUNS && "Tasklist: complete a task (contact)".matches(System.getProperty(
                "benchmark.calls", ".*"))) {
            throw new IllegalStateException(worker + " has " + open.size() + " contact steps, fewer than the calls need:"
                    + " each run completes 50 (-Dbenchmark.reload=true loads the fixture again)");
        }
        Iterator<String> opened = open.iterator();
        run(results, "Tasklist: open a task with its form", () -> {
            String id = opened.next();
            tasklist.call("GET", ENGINE + "/task/" + id, null);
            tasklist.call("GET", ENGINE + "/task/" + id + "/deployed-form", null);
            tasklist.call("GET", ENGINE + "/task/" + id + "/form-variables", null);
        });
        Iterator<String> completed = open.iterator();
        run(results, "Tasklist: complete a task (contact)", () -> tasklist.expect(204, "POST", ENGINE + "/task/"
                + completed.next() + "/submit-form", "{\"variables\":{\"contactNote\":{\"value\":\"已电话联系\","
                + "\"type\":\"String\"}}}"));
        Session history = new Session(supervisor);
        // 全部可见任务 is the supervisors' filter (a worker holds no READ on it): its count joins every open task of
        // the district with her grants
        String all = filterId(history.json("GET", ENGINE + "/filter?resourceType=Task", null), "全部可见任务");
        run(results, "supervisor: Tasklist filters with their counts", () -> history.call("GET", ENGINE
                + "/filter?resourceType=Task&itemCount=true", null));
        run(results, "supervisor: Tasklist 全部可见任务, first 15 with count", () -> history.list(all));
        String month = "startedAfter=" + URLEncoder.encode(ZonedDateTime.now().minusDays(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")), StandardCharsets.UTF_8);
        run(results, "supervisor: history of her street, a month, first 50 with count", () -> {
            history.call("GET", ENGINE + "/history/process-instance?" + month
                    + "&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=50", null);
            history.call("GET", ENGINE + "/history/process-instance/count?" + month, null);
        });
        String basic = "Basic " + Base64.getEncoder().encodeToString((supervisor + ":demo")
                .getBytes(StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now();
        run(results, "supervisor: 诉求清单 of her street, a month, first 50 with count", () -> send(basic,
                "/api/supervision/petitions?unit=STREET&unitId=" + street + "&from=" + today.minusDays(29) + "&to="
                        + today + "&page=0&size=50"));
        run(results, "supervisor: overdue list", () -> send(basic, "/api/supervision/overdue?unit=STREET&unitId=" + street));
        run(results, "supervisor: summary, 30 days", () -> send(basic, "/api/supervision/summary?unit=STREET&unitId="
                + street + "&from=" + today.minusDays(29) + "&to=" + today));
        Iterator<String> numbers = lookupNumbers.iterator();
        run(results, "resident: look up a petition", () -> send(null, "/public/petitions/" + numbers.next()));
        run(results, "Open311: requests.json", () -> send(null, "/open311/v2/requests.json"));
        return results;
    }

    private static String filterId(JsonNode filters, String name) {
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new IllegalStateException("no filter " + name);
    }

    private void send(String authorization, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = anonymous.send(request.build(), BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    interface Call {
        void run() throws Exception;
    }

    /** Times the call unless {@code -Dbenchmark.calls} (a regular expression) leaves it out. */
    private static void run(Map<String, double[]> results, String name, Call call) throws Exception {
        if (name.matches(System.getProperty("benchmark.calls", ".*"))) {
            results.put(name, time(call));
        }
    }

    /**
     * Median and p95 of {@link #RUNS} calls after {@link #WARM_UP}; a call whose first run takes longer than
     * {@link #SLOW_MILLIS} is timed three times only (median and slowest of those), one slower than a minute only
     * once, so that a call that grows with the district cannot hold the run for hours.
     */
    static double[] time(Call call) throws Exception {
        long first = System.nanoTime();
        call.run();
        double firstMillis = (System.nanoTime() - first) / 1e6;
        if (firstMillis > 6 * SLOW_MILLIS) {
            System.out.printf(Locale.ROOT, "== slow call (first run %.0f ms): timed once%n", firstMillis);
            return new double[] {firstMillis, firstMillis};
        }
        if (firstMillis > SLOW_MILLIS) {
            double[] three = new double[3];
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                call.run();
                three[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(three);
            System.out.printf(Locale.ROOT, "== slow call (first run %.0f ms): timed 3 times, median / slowest%n",
                    firstMillis);
            return new double[] {three[1], three[2]};
        }
        for (int i = 1; i < WARM_UP; i++) {
            call.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[RUNS / 2 - 1] / 2 + millis[RUNS / 2] / 2, millis[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    /** A browser's session in the Camunda webapps: logged in through Tasklist, its XSRF token sent back. */
    private final class Session {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        Session(String user) throws Exception {
            call("GET", "/camunda/app/tasklist/default/", null);
            expect(200, "POST", "/camunda/api/admin/auth/user/default/login/tasklist", "username=" + user
                    + "&password=demo");
        }

        void list(String filter) throws Exception {
            HttpResponse<String> response = send("POST", ENGINE + "/filter/" + filter
                    + "/list?firstResult=0&maxResults=15", LIST_BODY, "application/hal+json");
            if (response.statusCode() != 200 || !response.body().contains("\"count\"")) {
                throw new IllegalStateException("filter list answered " + response.statusCode());
            }
        }

        JsonNode json(String method, String path, String body) throws Exception {
            return JSON.readTree(send(method, path, body, "application/json").body());
        }

        void call(String method, String path, String body) throws Exception {
            HttpResponse<String> response = send(method, path, body, "application/json");
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        }

        void expect(int status, String method, String path, String body) throws Exception {
            HttpResponse<String> response = send(method, path, body, "application/json");
            if (response.statusCode() != status) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        }

        private HttpResponse<String> send(String method, String path, String body, String accept) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            if (body != null) {
                request.header("Content-Type", body.startsWith("{") ? "application/json"
                        : "application/x-www-form-urlencoded");
            }
            request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
            return client.send(request.build(), BodyHandlers.ofString());
        }
    }

    static String format(Map<String, double[]> results) {
        StringBuilder text = new StringBuilder();
        results.forEach((call, t) -> text.append(String.format(Locale.ROOT, "%-62s %8.1f / %8.1f ms%n", call, t[0],
                t[1])));
        return text.toString();
    }
}
