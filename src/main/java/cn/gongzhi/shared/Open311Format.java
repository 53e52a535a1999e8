package cn.gongzhi.shared;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The two formats of Open311 GeoReport v2, chosen by the extension of the address ({@code services.xml},
 * {@code requests/P-2026-000001.json}), never by the Accept header: XML ({@code text/xml; charset=utf-8}) and JSON
 * ({@code application/json}). Answers and errors are written by Jackson (its XML module for XML); an absent value is
 * {@code null} in JSON and an empty element in XML. The XML converter is not one of Spring MVC's: every other API
 * answers JSON as before ({@code ApiFormats}).
 */
public enum Open311Format {

    JSON(MediaType.APPLICATION_JSON, JsonMapper.builder().build()),
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8), xmlMapper());

    /** GeoReport's error: {@code <errors><error><code/><description/></error></errors>}, in JSON an array. */
    public record Error(int code, String description) {}

    @JacksonXmlRootElement(localName = "errors")
    record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
            List<Error> error) {}

    private final MediaType mediaType;
    private final ObjectMapper mapper;

    Open311Format(MediaType mediaType, ObjectMapper mapper) {
        this.mediaType = mediaType;
        this.mapper = mapper;
    }

    /**
     * XML with its declaration. A character XML 1.0 cannot hold (NUL and other control characters, which a resident's
     * text may contain and JSON escapes) is written as U+FFFD instead of failing the whole answer.
     */
    private static XmlMapper xmlMapper() {
        WstxOutputFactory output = new WstxOutputFactory();
        output.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        return XmlMapper.builder(XmlFactory.builder().xmlOutputFactory(output).build())
                .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION).build();
    }

    /** {@code json} or {@code xml}; anything else is no format of Open311's. */
    public static Optional<Open311Format> ofExtension(String extension) {
        if ("json".equals(extension)) {
            return Optional.of(JSON);
        }
        return "xml".equals(extension) ? Optional.of(XML) : Optional.empty();
    }

    /** The format of an address: XML when it ends in {@code .xml}, else JSON (also for an unknown extension). */
    public static Open311Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The content type header: {@code text/xml;charset=UTF-8} or {@code application/json}. */
    public String contentType() {
        return mediaType.toString();
    }

    /**
     * The answer as bytes (UTF-8).
     *
     * @param json what JSON shows (an array is a list)
     * @param xml what XML shows: an object whose class names its root element
     */
    public byte[] write(Object json, Object xml) {
        try {
            return mapper.writeValueAsBytes(this == XML ? xml : json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Open311 answer not writable", e);
        }
    }

    /** An error in GeoReport's shape: {@code [{"code": 404, "description": "…"}]} or {@code <errors>…</errors>}. */
    public byte[] error(int status, String description) {
        List<Error> errors = List.of(new Error(status, description));
        return write(errors, new Errors(errors));
    }

    /** The error as text, for writers that take a string. */
    public String errorText(int status, String description) {
        return new String(error(status, description), StandardCharsets.UTF_8);
    }
}
