package cn.gongzhi.shared;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/**
 * The error bodies written by hand where no message converter runs (servlet filters, the security entry points,
 * Tomcat's error report), in the format of the API a path belongs to: RFC 9457 problem details for ours, Open311's
 * {@code [{"code", "description"}]} (or {@code <errors>} for an {@code .xml} address), Camunda's {@code {"type", "message"}} for the engine REST API and the webapps'
 * APIs. Texts are escaped as JSON strings, so a parameter name a client sent may be quoted in them.
 */
public final class ErrorBodies {

    private ErrorBodies() {}

    /** An Open311 address ({@link WireFormat#GEOREPORT_JSON} or {@link WireFormat#GEOREPORT_XML}). */
    public static boolean isOpen311(String path) {
        return WireFormat.of(path).isGeoReport();
    }

    public static boolean isEngineRest(String path) {
        return path != null && path.startsWith("/engine-rest/");
    }

    /** Camunda's own APIs: the engine REST API and what the webapps call under {@code /camunda/api/}. */
    public static boolean isCamundaApi(String path) {
        return WireFormat.of(path) == WireFormat.ENGINE_REST;
    }

    /** The error body in a format; Camunda's {@code type} is {@code InvalidRequestException}. */
    public static String body(WireFormat format, int status, String title, String detail) {
        return body(format, status, title, detail, "InvalidRequestException");
    }

    /**
     * The one place each format's error shape is written: problem details {@code {type, title, status, detail}},
     * Camunda's {@code {type, message, code}} (Tasklist and Cockpit show the message), GeoReport's
     * {@code [{code, description}]} or {@code <errors>}. Only problem details show the title.
     *
     * @param engineType Camunda's exception type, for {@link WireFormat#ENGINE_REST}
     */
    public static String body(WireFormat format, int status, String title, String detail, String engineType) {
        return switch (format) {
            case PROBLEM_DETAILS -> "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                    + ",\"detail\":\"" + json(detail) + "\"}";
            case ENGINE_REST -> "{\"type\":\"" + json(engineType) + "\",\"message\":\"" + json(detail)
                    + "\",\"code\":null}";
            case GEOREPORT_JSON, GEOREPORT_XML -> format.open311().errorText(status, detail);
        };
    }

    /** Writes an error in the format of the request's path ({@link WireFormat#of}). */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        write(response, WireFormat.of(request), status, title, detail, "InvalidRequestException");
    }

    /** Writes an error asking the client to wait: {@code Retry-After} in seconds, set here and nowhere else. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail, long retryAfterSeconds) throws IOException {
        retryAfter(response, retryAfterSeconds);
        write(request, response, status, title, detail);
    }

    /** The {@code Retry-After} header, in seconds. */
    public static void retryAfter(HttpServletResponse response, long seconds) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    }

    /** Writes an error in a given format, where the layer answers in one format whatever the path. */
    public static void write(HttpServletResponse response, WireFormat format, int status, String title,
            String detail) throws IOException {
        write(response, format, status, title, detail, "InvalidRequestException");
    }

    /** Writes an error in a given format: status, content type (UTF-8) and body. */
    public static void write(HttpServletResponse response, WireFormat format, int status, String title,
            String detail, String engineType) throws IOException {
        byte[] bytes = body(format, status, title, detail, engineType).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(format.contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /**
     * Answers a request a filter refuses, before anything has read it, in the format of the API its path belongs to.
     * When the request carries a body, the connection closes after the answer: the body is never read.
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        if (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        write(request, response, status, title, detail);
    }

    /** {@link #refuse(HttpServletRequest, HttpServletResponse, int, String, String)}, asking the client to wait. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail, long retryAfterSeconds) throws IOException {
        retryAfter(response, retryAfterSeconds);
        refuse(request, response, status, title, detail);
    }

    private static String json(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
