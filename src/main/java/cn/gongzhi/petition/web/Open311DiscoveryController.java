package cn.gongzhi.petition.web;

import cn.gongzhi.shared.Open311Format;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * PUBLIC: Open311's service discovery ({@code /open311/discovery.xml}, {@code .json}): the one production endpoint
 * {@code <base>/open311/v2/} with both formats, who to ask ({@code gongzhi.intake.open311-contact}), how to get a key,
 * and when the interface last changed ({@code gongzhi.intake.open311-changeset}). The base is the address the client
 * used (behind a trusted proxy, the one it forwarded).
 */
@RestController
class Open311DiscoveryController {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    @JacksonXmlRootElement(localName = "discovery")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Discovery(String changeset, String contact, @JsonProperty("key_service") String keyService,
            @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint")
            List<Endpoint> endpoints) {}

    record Endpoint(String specification, String url, String changeset, String type,
            @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format")
            List<String> formats) {}

    private final IntakeProperties properties;

    Open311DiscoveryController(IntakeProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/open311/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Open311Format answer = Open311Controller.format(format);
        String changeset = properties.open311Changeset().truncatedTo(ChronoUnit.SECONDS)
                .format(Open311Controller.TIMESTAMP);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/").toUriString();
        Discovery discovery = new Discovery(changeset, properties.open311Contact(),
                properties.open311KeyService(), List.of(new Endpoint(SPECIFICATION, url, changeset, "production",
                        List.of("text/xml", "application/json"))));
        return Open311Controller.answer(answer, HttpStatus.OK, discovery, discovery);
    }
}
