package cn.gongzhi.petition.web;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.CategoryView;
import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.PetitionService.PublicRequest;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.petition.PetitionSubmission;
import cn.gongzhi.petition.domain.PetitionProperties;
import cn.gongzhi.petition.web.PlaceByLocation.Place;
import cn.gongzhi.registry.LocatedPlace;
import cn.gongzhi.registry.LocationRouter;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.ContentTypes;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.Open311Format;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PUBLIC: Open311 GeoReport v2 in XML and JSON (the address's extension decides, {@link Open311Format}), so
 * existing 311 apps can file and follow petitions. Services are the dispatch catalogue's categories;
 * {@code service_request_id} is the petition number. Filing needs an API key ({@link Open311Clients}, a quota each);
 * reading does not, and shows what a public feed shows: no person, no exact address, coordinates rounded
 * ({@link PublicRequest}). The community and grid follow from {@code lat} and {@code long} by the registry's
 * boundaries, or are named as service attributes: {@code attribute[community]=heyuan}. docs/open311.md describes the
 * mapping.
 */
@RestController
@RequestMapping(path = "/open311/v2")
class Open311Controller {

    static final int MAX_RESULTS = 1000;
    static final int DEFAULT_DAYS = 90;
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;
    /** The longest {@code start_date}..{@code end_date} span GeoReport v2 allows. */
    static final int MAX_SPAN_DAYS = 90;
    static final int MEDIA_URL_MAX = 1000;

    /** Whole seconds with the offset, as GeoReport's examples: {@code 2026-11-29T15:25:00+08:00}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Service(@JsonProperty("service_code") String code, @JsonProperty("service_name") String name,
            String description, boolean metadata, String type, String keywords, String group) {}

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

    private final PetitionService petitions;
    private final RegistryService registry;
    private final LocationRouter locations;
    private final IntakeProperties intake;
    private final PetitionProperties properties;
    private final Clock clock;
    private final Open311Clients clients;

    Open311Controller(PetitionService petitions, RegistryService registry, LocationRouter locations,
            IntakeProperties intake, PetitionProperties properties, Clock clock, Open311Clients clients) {
        this.petitions = petitions;
        this.registry = registry;
        this.locations = locations;
        this.intake = intake;
        this.properties = properties;
        this.clock = clock;
        this.clients = clients;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = format(format);
        checkJurisdiction(jurisdiction);
        List<Service> services = petitions.categories().stream().map(Open311Controller::service).toList();
        return answer(answer, HttpStatus.OK, services, new Services(services));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<byte[]> service(@PathVariable String code, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = format(format);
        checkJurisdiction(jurisdiction);
        petitions.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("service_code", code));
        List<Value> communities = registry.communities().stream().map(c -> new Value(c.code(), c.name())).toList();
        List<Value> grids = registry.communities().stream().flatMap(c -> registry.grids(c.code()).stream())
                .map(g -> new Value(g.code(), g.name())).toList();
        ServiceDefinition definition = new ServiceDefinition(code, List.of(
                new Attribute(true, "community", "singlevaluelist", false, "所在社区（村）；提供 lat 与 long 时可不填，按位置确定",
                        1, "所在社区（村） (community; optional with lat and long)", communities),
                new Attribute(true, "grid", "singlevaluelist", false, "网格，可不填", 2, "网格 (grid)", grids)));
        return answer(answer, HttpStatus.OK, definition, definition);
    }

    /**
     * Files a request. The form encoding is checked here rather than by the mapping, so that a client sending JSON is
     * told so in Open311's error format (a mapping that does not match is answered before this controller's advice).
     */
    @PostMapping("/requests.{format}")
    ResponseEntity<byte[]> file(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        Open311Format answer = format(format);
        if (!ContentTypes.formEncoded(http.getContentType())) {
            throw new Open311Error(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "请以 application/x-www-form-urlencoded 提交 (POST requests is form-encoded)");
        }
        String apiKey = form.getFirst("api_key");
        if (!clients.accepts(apiKey)) {
            throw new Open311Error(HttpStatus.FORBIDDEN, "api_key 缺失或无效 (api_key missing or invalid)");
        }
        checkJurisdiction(form.getFirst("jurisdiction_id"));
        String serviceCode = required(form, "service_code");
        if (petitions.categories().stream().noneMatch(c -> c.code().equals(serviceCode))) {
            throw new Open311Error(HttpStatus.NOT_FOUND, "未知的 service_code：" + serviceCode + " (unknown service_code)");
        }
        if (blank(form.getFirst("address_id")) != null) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "address_id 不受支持，请提供 lat/long 或 address_string"
                    + " (address_id is not supported; send lat/long or address_string)");
        }
        String mediaUrl = mediaUrl(form.getFirst("media_url"));
        BigDecimal latitude = decimal(form, "lat");
        BigDecimal longitude = decimal(form, "long");
        boolean point = latitude != null && longitude != null;
        String location = Optional.ofNullable(blank(form.getFirst("address_string")))
                .orElseGet(() -> point ? form.getFirst("lat") + "," + form.getFirst("long") : null);
        if (location == null) {
            throw new Open311Error(HttpStatus.BAD_REQUEST,
                    "需要位置：address_string 或 lat 与 long (a location is required: address_string or lat and long)");
        }
        Place place = place(blank(form.getFirst("attribute[community]")), blank(form.getFirst("attribute[grid]")),
                point ? latitude : null, point ? longitude : null);
        String name = String.join("", Optional.ofNullable(blank(form.getFirst("last_name"))).orElse(""),
                Optional.ofNullable(blank(form.getFirst("first_name"))).orElse(""));
        PetitionSubmission submission = new PetitionSubmission(serviceCode, place.community(), place.grid(), location,
                latitude, longitude, required(form, "description"), name.isEmpty() ? null : name,
                blank(form.getFirst("phone")), null, PetitionChannel.OPEN311, properties.publicReceivingUnit(),
                mediaUrl);
        String key = idempotencyKey != null ? idempotencyKey
                : blank(form.getFirst("device_id")) != null && blank(form.getFirst("client_token")) != null
                        ? form.getFirst("device_id") + ":" + form.getFirst("client_token") : null;
        PetitionReceipt receipt = petitions.submit(submission,
                IdempotencyKeys.ofClientSecret("open311", apiKey, key));
        List<Created> created = List.of(new Created(receipt.number(), notice(receipt.resolutionDue()), null));
        return answer(answer, receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED, created,
                new CreatedList(created));
    }

    /** {@code media_url}: an http or https address of at most {@value #MEDIA_URL_MAX} characters, stored as sent. */
    private static String mediaUrl(String value) {
        String url = blank(value);
        if (url == null) {
            return null;
        }
        if (url.length() > MEDIA_URL_MAX) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "media_url 不得超过 " + MEDIA_URL_MAX + " 个字符，现为 "
                    + url.length() + " (media_url too long)");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new Open311Error(HttpStatus.BAD_REQUEST,
                "media_url 须为 http 或 https 地址，如 https://example.org/photo.jpg (media_url must be an http(s) URL)");
    }

    /** Open311's wording of the routing rule's refusals (docs/open311.md, "Routing by location"). */
    private static final PlaceByLocation.Refusals REFUSALS = new PlaceByLocation.Refusals() {
        @Override
        public RuntimeException communityMissing() {
            return new InvalidFieldException("attribute[community]", "缺少必填参数 attribute[community]：只给地址时须指明社区（村），"
                    + "或提供 lat 与 long 按位置确定 (name the community, or send lat and long)");
        }

        @Override
        public RuntimeException outside() {
            return new Open311Error(HttpStatus.BAD_REQUEST,
                    "lat/long：该位置不在任何社区（村）的边界内，请用 attribute[community] 指明社区（村） (the location lies outside"
                            + " every community boundary; name the community with attribute[community])");
        }

        @Override
        public RuntimeException contradiction(LocatedPlace place, String community) {
            return new Open311Error(HttpStatus.BAD_REQUEST, "attribute[community]：位置在" + place.communityName() + "（"
                    + place.communityCode() + "）的边界内，与 attribute[community]=" + community + " 不符 (the location lies in"
                    + " community " + place.communityCode() + ", not in " + community + ")");
        }
    };

    /** The community and grid a request is filed for: {@link PlaceByLocation}, the rule the resident's page shares. */
    private Place place(String community, String grid, BigDecimal latitude, BigDecimal longitude) {
        return PlaceByLocation.place(locations, community, grid, latitude, longitude, REFUSALS);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam Map<String, String> query) {
        Open311Format answer = format(format);
        List<Request> requests = requests(query);
        return answer(answer, HttpStatus.OK, requests, new RequestList(requests));
    }

    /**
     * The request list: by {@code service_request_id}, or by {@code service_code} (comma-separated), dates and
     * status. Without dates the last {@value #DEFAULT_DAYS} days; {@code start_date} alone reaches
     * {@value #MAX_SPAN_DAYS} days forward, {@code end_date} alone as far back; both may span at most
     * {@value #MAX_SPAN_DAYS} days.
     */
    private List<Request> requests(Map<String, String> query) {
        checkJurisdiction(query.get("jurisdiction_id"));
        String ids = blank(query.get("service_request_id"));
        if (ids != null) {
            List<Request> found = new ArrayList<>();
            Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).limit(MAX_RESULTS)
                    .forEach(id -> petitions.publicRequest(id).map(this::request).ifPresent(found::add));
            return found;
        }
        LocalDateTime to = time(query.get("end_date"), "end_date");
        LocalDateTime from = time(query.get("start_date"), "start_date");
        if (from != null && to != null && Duration.between(from, to).compareTo(Duration.ofDays(MAX_SPAN_DAYS)) > 0) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date 与 end_date 相隔不得超过 " + MAX_SPAN_DAYS
                    + " 天 (the date range may span at most " + MAX_SPAN_DAYS + " days)");
        }
        if (from == null) {
            from = (to != null ? to : LocalDateTime.now(clock)).minusDays(DEFAULT_DAYS);
        } else if (to == null && from.plusDays(MAX_SPAN_DAYS).isBefore(LocalDateTime.now(clock))) {
            to = from.plusDays(MAX_SPAN_DAYS);
        }
        if (to != null && !from.isBefore(to)) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date 须早于 end_date (start_date must be before end_date)");
        }
        Boolean closed = status(query.get("status"));
        List<String> codes = query.get("service_code") == null ? List.of()
                : Arrays.stream(query.get("service_code").split(",")).map(String::trim).filter(c -> !c.isEmpty())
                        .distinct().toList();
        return petitions.publicRequests(codes, from, to, closed, MAX_RESULTS).stream().map(this::request).toList();
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = format(format);
        checkJurisdiction(jurisdiction);
        List<Request> found = List.of(petitions.publicRequest(id).map(this::request)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "未找到诉求 " + id + " (unknown service_request_id)")));
        return answer(answer, HttpStatus.OK, found, new RequestList(found));
    }

    /** The format of the extension; another extension is an address with nothing behind it. */
    static Open311Format format(String extension) {
        return Open311Format.ofExtension(extension).orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND,
                "不支持的格式 ." + extension + "：请用 .xml 或 .json (unknown format; use .xml or .json)"));
    }

    static ResponseEntity<byte[]> answer(Open311Format format, HttpStatus status, Object json, Object xml) {
        return ResponseEntity.status(status).contentType(format.mediaType()).body(format.write(json, xml));
    }

    /** What a public 311 feed shows: the address is the community and grid, the coordinates are rounded. */
    private Request request(PublicRequest p) {
        return new Request(p.number(), p.status() == PetitionStatus.CLOSED ? "closed" : "open", p.latestStep(),
                p.categoryName(), p.category(), p.description(), p.handlingUnit(), notice(p.resolutionDue()),
                offset(p.receivedAt()), offset(p.updatedAt()), offset(p.resolutionDue()), p.place().area(), null,
                null, p.place().latitude(), p.place().longitude(), p.mediaUrl());
    }

    private static Service service(CategoryView c) {
        return new Service(c.code(), c.name(), c.description(), true, "realtime", c.name(), c.group());
    }

    private String notice(LocalDateTime due) {
        return due == null ? "已受理" : "已受理，办结时限：" + due.toLocalDate() + " " + due.toLocalTime().withNano(0);
    }

    private String offset(LocalDateTime time) {
        return time == null ? null
                : time.atZone(clock.getZone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(TIMESTAMP);
    }

    /** An empty {@code jurisdiction_id=} is no jurisdiction, as every empty optional parameter. */
    private void checkJurisdiction(String value) {
        String jurisdiction = blank(value);
        if (jurisdiction != null && !jurisdiction.equals(intake.open311Jurisdiction())) {
            throw new Open311Error(HttpStatus.NOT_FOUND, "未知的 jurisdiction_id：" + jurisdiction);
        }
    }

    private LocalDateTime time(String value, String field) {
        if (blank(value) == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            // an unencoded "+08:00" arrives as " 08:00": the only space a W3C date-time can have is that plus
            time = OffsetDateTime.parse(value.trim().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, field + " 须为 W3C 日期时间，如 2026-11-01T00:00:00+08:00");
        }
        // what a database timestamp holds; beyond it, the default window (90 days back) would not even be computable
        if (time.getYear() < MIN_YEAR || time.getYear() > MAX_YEAR) {
            throw new Open311Error(HttpStatus.BAD_REQUEST,
                    field + " 的年份须在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间，现为 " + time.getYear());
        }
        return time.atZoneSameInstant(clock.getZone()).toLocalDateTime();
    }

    private static Boolean status(String value) {
        if (blank(value) == null || value.equals("open,closed") || value.equals("closed,open")) {
            return null;
        }
        return switch (value) {
            case "open" -> false;
            case "closed" -> true;
            default -> throw new Open311Error(HttpStatus.BAD_REQUEST, "status 只能是 open 或 closed");
        };
    }

    private static String required(MultiValueMap<String, String> form, String field) {
        String value = blank(form.getFirst(field));
        if (value == null) {
            throw new InvalidFieldException(field, "缺少必填参数 " + field);
        }
        return value;
    }

    private static BigDecimal decimal(MultiValueMap<String, String> form, String field) {
        String value = blank(form.getFirst(field));
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, field + " 须为数字");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
