package cn.gongzhi.shared;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The error bodies written by hand where no message converter runs (servlet filters, the security entry points,
 * Tomcat's error report), in the format of the API a path belongs to: RFC 9457 problem details for ours, Open311's
 * {@code [{"code", "description"}]} (or {@code <errors>} for an {@code .xml} address), Camunda's {@code {"type", "message"}} for the engine REST API and the webapps'
 * APIs. Texts are escaped as JSON strings, so a parameter name a client sent may be quoted in them.
 */
public final class ErrorBodies {

    private ErrorBodies() {}

    public static boolean isOpen311(String path) {
        return path != null && path.startsWith("/open311/");
    }

    public static boolean isEngineRest(String path) {
        return path != null && path.startsWith("/engine-rest/");
    }

    /** Camunda's own APIs: the engine REST API and what the webapps call under {@code /camunda/api/}. */
    public static boolean isCamundaApi(String path) {
        return isEngineRest(path) || path != null && path.startsWith("/camunda/api/");
    }

    public static String problem(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
                + json(detail) + "\"}";
    }

    /** Open311's error in JSON; {@link #open311(String, int, String)} answers in the format of the address. */
    public static String open311(int status, String description) {
        return Open311Format.JSON.errorText(status, description);
    }

    /** Open311's error in the format of the address ({@link Open311Format#ofPath}): XML for {@code .xml}, else JSON. */
    public static String open311(String path, int status, String description) {
        return Open311Format.ofPath(path).errorText(status, description);
    }

    /** Camunda's error shape; Tasklist and Cockpit show the message. */
    public static String camunda(String message) {
        return "{\"type\":\"InvalidRequestException\",\"message\":\"" + json(message) + "\",\"code\":null}";
    }

    /**
     * Answers a request a filter refuses, before anything has read it, in the format of the API its path belongs to.
     * When the request carries a body, the connection closes after the answer: the body is never read.
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        String path = request.getRequestURI();
        String body;
        if (isOpen311(path)) {
            body = open311(path, status, detail);
        } else if (isCamundaApi(path)) {
            body = camunda(detail);
        } else {
            body = problem(status, title, detail);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(isOpen311(path) ? Open311Format.ofPath(path).contentType()
                : isCamundaApi(path) ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String json(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
