package cn.gongzhi.petition.web;

import cn.gongzhi.identity.RecordReaders;
import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionDepartments;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.PetitionView;
import cn.gongzhi.petition.domain.PetitionIntakeRule;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.RecordNotFoundException;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff API: a hotline operator (or a worker at the community's desk) records a call for a community she may
 * record for; staff read a petition with its timeline when it is theirs to see (docs/identity.md). Personal
 * information is masked in every answer. A retry with the same {@code Idempotency-Key} and the same body returns the
 * first receipt (200) instead of filing twice; the key is the login's own, and the same key with another body is
 * refused (422).
 */
@RestController
@RequestMapping("/api/petitions")
class PetitionController {

    private final PetitionService petitions;
    private final PetitionIntakeRule intake;
    private final RecordReaders readers;
    private final ObjectProvider<PetitionDepartments> convened;

    PetitionController(PetitionService petitions, PetitionIntakeRule intake, RecordReaders readers,
            ObjectProvider<PetitionDepartments> convened) {
        this.petitions = petitions;
        this.intake = intake;
        this.readers = readers;
        this.convened = convened;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PetitionReceipt> file(@Valid @RequestBody PetitionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication operator,
            UriComponentsBuilder uri) {
        intake.refusal(Actors.of(operator), request.communityCode()).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
        PetitionReceipt receipt = petitions.submit(request.toSubmission(PetitionChannel.HOTLINE, operator.getName()),
                IdempotencyKeys.ofLogin("api", operator.getName(), idempotencyKey));
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(uri.path("/api/petitions/{number}").build(receipt.number()))
                .body(receipt);
    }

    @GetMapping("/{number}")
    PetitionView read(@PathVariable String number, Authentication user) {
        PetitionView petition = petitions.find(number).orElseThrow(() -> new RecordNotFoundException("诉求", number));
        Set<String> departments = new HashSet<>();
        departments.add(petition.handling().returnDepartment());
        convened.orderedStream().forEach(c -> departments.addAll(c.convenedFor(petition.number())));
        if (!readers.mayRead(user, RecordReaders.Kind.PETITION, petition.place().communityCode(), departments)) {
            throw new RecordNotFoundException("诉求", number);
        }
        return petition;
    }
}
