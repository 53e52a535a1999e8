package cn.gongzhi.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/**
 * The format an error answer is written in, decided here and only here, by the path of the request: Open311's
 * GeoReport for {@code /open311/} (XML for an address ending in {@code .xml}, else JSON), Camunda's
 * {@code {"type","message"}} for the engine REST API and what the webapps call under {@code /camunda/api/}, RFC 9457
 * problem details for everything else (our APIs and pages). {@link ErrorBodies} writes the body of each.
 */
public enum WireFormat {

    PROBLEM_DETAILS(MediaType.APPLICATION_PROBLEM_JSON_VALUE),
    ENGINE_REST(MediaType.APPLICATION_JSON_VALUE),
    GEOREPORT_JSON(Open311Format.JSON.contentType()),
    GEOREPORT_XML(Open311Format.XML.contentType());

    private final String contentType;

    WireFormat(String contentType) {
        this.contentType = contentType;
    }

    public static WireFormat of(HttpServletRequest request) {
        return of(request.getRequestURI());
    }

    public static WireFormat of(String path) {
        if (path == null) {
            return PROBLEM_DETAILS;
        }
        if (path.startsWith("/open311/")) {
            return Open311Format.ofPath(path) == Open311Format.XML ? GEOREPORT_XML : GEOREPORT_JSON;
        }
        if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            return ENGINE_REST;
        }
        return PROBLEM_DETAILS;
    }

    /** The content type header of an error in this format. */
    public String contentType() {
        return contentType;
    }

    public boolean isGeoReport() {
        return this == GEOREPORT_JSON || this == GEOREPORT_XML;
    }

    /** The Open311 format of a GeoReport answer; JSON for the others. */
    Open311Format open311() {
        return this == GEOREPORT_XML ? Open311Format.XML : Open311Format.JSON;
    }
}
