package cn.gongzhi.petition.web;


import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionNumbers;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.CategoryView;
import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.PetitionService.PublicStatus;
import cn.gongzhi.petition.domain.PetitionProperties;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.RecordNotFoundException;
import jakarta.validation.Valid;
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

    PublicPetitionController(PetitionService petitions, RegistryService registry, PetitionProperties properties) {
        this.petitions = petitions;
        this.registry = registry;
        this.properties = properties;
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
                request.toSubmission(PetitionChannel.WEB, properties.getPublicReceivingUnit()),
                IdempotencyKeys.anonymous("web", idempotencyKey));
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new PublicReceipt(receipt.number(), receipt.statusLabel(), receipt.receivedAt(),
                        receipt.resolutionDue(), receipt.replayed()));
    }

    @GetMapping("/petitions/{number}")
    PublicStatus status(@PathVariable String number) {
        return petitions.publicStatus(PetitionNumbers.canonical(number))
                .orElseThrow(() -> new RecordNotFoundException("诉求编号", number));
    }
}
