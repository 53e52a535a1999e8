package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Parameters.blank;
import static cn.gongzhi.petition.web.Open311Parameters.decimal;
import static cn.gongzhi.petition.web.Open311Parameters.mediaUrl;
import static cn.gongzhi.petition.web.Open311Parameters.required;
import static cn.gongzhi.petition.web.Open311Parameters.status;
import static cn.gongzhi.petition.web.Open311Parameters.time;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.PetitionService.PublicRequest;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.petition.PetitionSubmission;
import cn.gongzhi.petition.domain.PetitionProperties;
import cn.gongzhi.petition.web.GeoReport.Attribute;
import cn.gongzhi.petition.web.GeoReport.Created;
import cn.gongzhi.petition.web.GeoReport.CreatedList;
import cn.gongzhi.petition.web.GeoReport.Request;
import cn.gongzhi.petition.web.GeoReport.RequestList;
import cn.gongzhi.petition.web.GeoReport.Service;
import cn.gongzhi.petition.web.GeoReport.ServiceDefinition;
import cn.gongzhi.petition.web.GeoReport.Services;
import cn.gongzhi.petition.web.GeoReport.Value;
import cn.gongzhi.petition.web.PlaceByLocation.Place;
import cn.gongzhi.registry.LocationRouter;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.ContentTypes;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.Open311Format;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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

    /** Whole seconds with the offset, as GeoReport's examples: {@code 2026-11-29T15:25:00+08:00}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

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
        List<Service> services = petitions.categories().stream().map(Service::of).toList();
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
        List<Created> created = List.of(new Created(receipt.number(), GeoReport.notice(receipt.resolutionDue()), null));
        return answer(answer, receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED, created,
                new CreatedList(created));
    }


    /** The community and grid a request is filed for: {@link PlaceByLocation}, the rule the resident's page shares. */
    private Place place(String community, String grid, BigDecimal latitude, BigDecimal longitude) {
        return PlaceByLocation.place(locations, community, grid, latitude, longitude, Open311Parameters.REFUSALS);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam Map<String, String> query) {
        Open311Format answer = format(format);
        List<Request> requests = requests(query);
        return answer(answer, HttpStatus.OK, requests, new RequestList(requests));
    }

    /**
     * The request list: by {@code service_request_id}, or by {@code service_code} (comma-separated), dates and
     * status, within the dates' window ({@link Open311Parameters#window}).
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
        Open311Parameters.Window window = Open311Parameters.window(query.get("start_date"), query.get("end_date"),
                LocalDateTime.now(clock), clock.getZone());
        Boolean closed = status(query.get("status"));
        List<String> codes = query.get("service_code") == null ? List.of()
                : Arrays.stream(query.get("service_code").split(",")).map(String::trim).filter(c -> !c.isEmpty())
                        .distinct().toList();
        return petitions.publicRequests(codes, window.from(), window.to(), closed, MAX_RESULTS).stream().map(this::request).toList();
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
                p.categoryName(), p.category(), p.description(), p.handlingUnit(), GeoReport.notice(p.resolutionDue()),
                offset(p.receivedAt()), offset(p.updatedAt()), offset(p.resolutionDue()), p.place().area(), null,
                null, p.place().latitude(), p.place().longitude(), p.mediaUrl());
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
}
