package cn.gongzhi.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the application under test, logged in as one user (or as no one). */
public final class HttpApi {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    private HttpApi(int port, String authorization) {
        this(("http://localhost:" + port), authorization, java.util.Map.of());
    }

    private HttpApi(String base, String authorization, java.util.Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same client sending one more header on every request. */
    public HttpApi withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpApi(base, authorization, more);
    }

    /** A JSON object from alternating keys and values; values may be null. */
    public static java.util.Map<String, Object> body(Object... keysAndValues) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    public static HttpApi anonymous(int port) {
        return new HttpApi(port, null);
    }

    public static HttpApi as(int port, String username, String password) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpApi(port, "Basic " + token);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public Response patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)));
    }

    /** An application/x-www-form-urlencoded POST. */
    /** The one open task this login sees in the process instance (Tasklist's view of it); fails on none or several. */
    public JsonNode onlyTask(String processInstanceId) {
        JsonNode tasks = get("/engine-rest/task?processInstanceId=" + processInstanceId).json();
        org.assertj.core.api.Assertions.assertThat(tasks.size()).as("the user's task of %s", processInstanceId)
                .isEqualTo(1);
        return tasks.get(0);
    }

    /** Submits the form of {@link #onlyTask} as Tasklist does, and expects it to be taken (204). */
    public void submitOnlyTask(String processInstanceId, java.util.Map<String, Object> variables) {
        Response done = post("/engine-rest/task/" + onlyTask(processInstanceId).get("id").asText() + "/submit-form",
                variables);
        org.assertj.core.api.Assertions.assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    public Response postForm(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return postRaw(path, "application/x-www-form-urlencoded", BodyPublishers.ofString(body));
    }

    public Response postRaw(String path, String contentType, BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body));
    }

    /** Deploys one model file through the engine REST API, as Camunda Modeler does (multipart). */
    public Response deploy(String fileName, String content) {
        String boundary = "deployment-" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "test\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                + "--\r\n";
        return postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofString(multipart, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::setHeader); // a header given with withHeader replaces the default (Accept)
        return builder;
    }

    private static BodyPublisher json(Object body) {
        try {
            return body instanceof String text ? BodyPublishers.ofString(text)
                    : BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body text and the body as JSON. */
    public record Response(int status, String body, String contentType, String retryAfter,
            java.net.http.HttpHeaders headers) {

        /** A response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
