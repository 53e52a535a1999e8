package cn.gongzhi.petition.web;

import cn.gongzhi.petition.PetitionService.CategoryView;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The bodies of Open311 GeoReport v2 as its clients read them, in JSON and XML: field names in GeoReport's spelling,
 * absent values written as null ({@link Open311Controller} answers with these).
 */
final class GeoReport {

    private GeoReport() {
    }

    /** The {@code service_notice}: received, and by when it is to be resolved. */
    static String notice(LocalDateTime due) {
        return due == null ? "已受理" : "已受理，办结时限：" + due.toLocalDate() + " " + due.toLocalTime().withNano(0);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Service(@JsonProperty("service_code") String code, @JsonProperty("service_name") String name,
            String description, boolean metadata, String type, String keywords, String group) {

        /** A category of the dispatch catalogue as a real-time service. */
        static Service of(CategoryView c) {
            return new Service(c.code(), c.name(), c.description(), true, "realtime", c.name(), c.group());
        }
    }

    @JacksonXmlRootElement(localName = "services")
    record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
            List<Service> service) {}

    @JacksonXmlRootElement(localName = "service_definition")
    record ServiceDefinition(@JsonProperty("service_code") String code,
            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
            List<Attribute> attributes) {}

    record Attribute(boolean variable, String code, String datatype, boolean required,
            @JsonProperty("datatype_description") String datatypeDescription, int order, String description,
            @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value")
            List<Value> values) {}

    record Value(String key, String name) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Created(@JsonProperty("service_request_id") String id, @JsonProperty("service_notice") String notice,
            @JsonProperty("account_id") String accountId) {}

    @JacksonXmlRootElement(localName = "service_requests")
    record CreatedList(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
            List<Created> request) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Request(@JsonProperty("service_request_id") String id, String status,
            @JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode, String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") String requested,
            @JsonProperty("updated_datetime") String updated,
            @JsonProperty("expected_datetime") String expected, String address,
            @JsonProperty("address_id") String addressId, String zipcode, BigDecimal lat,
            @JsonProperty("long") BigDecimal lon, @JsonProperty("media_url") String mediaUrl) {}

    @JacksonXmlRootElement(localName = "service_requests")
    record RequestList(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
            List<Request> request) {}
}
