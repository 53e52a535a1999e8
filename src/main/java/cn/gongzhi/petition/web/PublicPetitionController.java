package cn.gongzhi.petition.web;


import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionNumbers;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.CategoryView;
import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.PetitionService.PublicStatus;
import cn.gongzhi.petition.domain.PetitionProperties;
import cn.gongzhi.petition.web.PlaceByLocation.Place;
import cn.gongzhi.registry.LocatedPlace;
import cn.gongzhi.registry.LocationRouter;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PUBLIC, no login: what the resident's page at /petition/ calls. Filing is rate-limited per client; a lookup by
 * number shows the status and the steps, never a person.
 */
@RestController
@RequestMapping("/public")
class PublicPetitionController {

    /** What a resident gets back after filing. */
    record PublicReceipt(String number, String statusLabel, LocalDateTime receivedAt, LocalDateTime resolutionDue,
            boolean replayed) {}

    record CommunityOption(String code, String name, String type, List<GridOption> grids) {}

    record GridOption(String code, String name) {}

    private final PetitionService petitions;
    private final RegistryService registry;
    private final PetitionProperties properties;
    private final LocationRouter locations;

    PublicPetitionController(PetitionService petitions, RegistryService registry, PetitionProperties properties,
            LocationRouter locations) {
        this.petitions = petitions;
        this.registry = registry;
        this.properties = properties;
        this.locations = locations;
    }

    @GetMapping("/petition-categories")
    List<CategoryView> categories() {
        return petitions.categories();
    }

    @GetMapping("/communities")
    List<CommunityOption> communities() {
        return registry.communities().stream()
                .map(c -> new CommunityOption(c.code(), c.name(), c.type().name(), registry.grids(c.code()).stream()
                        .map(g -> new GridOption(g.code(), g.name())).toList()))
                .toList();
    }

    @PostMapping(path = "/petitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublicReceipt> file(@Valid @RequestBody PetitionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PetitionReceipt receipt = petitions.submit(
                placed(request).toSubmission(PetitionChannel.WEB, properties.publicReceivingUnit()),
                IdempotencyKeys.anonymous("web", idempotencyKey));
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new PublicReceipt(receipt.number(), receipt.statusLabel(), receipt.receivedAt(),
                        receipt.resolutionDue(), receipt.replayed()));
    }

    /**
     * The request filed for the community and grid its coordinates lie in, by the rule Open311 follows
     * ({@link PlaceByLocation}; "use my location" on the page sends them). Without coordinates the community is the
     * one chosen, required by the intake. Coordinates come in pairs and within range, checked before the look-up.
     */
    private PetitionRequest placed(PetitionRequest request) {
        if (request.latitude() == null && request.longitude() == null) {
            return request;
        }
        coordinate(request.latitude(), "latitude", "纬度", 90);
        coordinate(request.longitude(), "longitude", "经度", 180);
        Place place = PlaceByLocation.place(locations, blankToNull(request.communityCode()),
                blankToNull(request.gridCode()), request.latitude(), request.longitude(), refusals);
        return request.placedIn(place.community(), place.grid());
    }

    private static void coordinate(BigDecimal value, String field, String label, int limit) {
        if (value == null) {
            throw new InvalidFieldException(field, "请同时提供纬度 latitude 与经度 longitude（WGS 84，十进制度数），或都不提供");
        }
        double degrees = value.doubleValue();
        if (!(degrees >= -limit && degrees <= limit)) {
            throw new InvalidFieldException(field, label + "须在 -" + limit + " 至 " + limit + " 之间（WGS 84，十进制度数）");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The page's wording: each refusal under the community picker, which the resident can still set by hand. */
    private final PlaceByLocation.Refusals refusals = new PlaceByLocation.Refusals() {
        @Override
        public RuntimeException communityMissing() {
            return new InvalidFieldException("communityCode", "请选择所在社区（村）");
        }

        @Override
        public RuntimeException outside() {
            return new InvalidFieldException("communityCode", "所报位置（latitude、longitude）不在本街道任何社区（村）的边界内，"
                    + "请选择所在社区（村）");
        }

        @Override
        public RuntimeException contradiction(LocatedPlace located, String named) {
            String name = registry.community(named).map(CommunityRef::name).orElse(named);
            return new InvalidFieldException("communityCode", "所报位置在" + located.communityName() + "的边界内，与所选社区（村）“"
                    + name + "”不符：请改选" + located.communityName() + "，或不带位置提交");
        }
    };

    @GetMapping("/petitions/{number}")
    PublicStatus status(@PathVariable String number) {
        return petitions.publicStatus(PetitionNumbers.canonical(number))
                .orElseThrow(() -> new RecordNotFoundException("诉求编号", number));
    }
}
