package cn.gongzhi.petition.web;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.PetitionService.PetitionView;
import cn.gongzhi.shared.RecordNotFoundException;
import jakarta.validation.Valid;
import java.security.Principal;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff API: a hotline operator records a call; staff read a petition with its timeline. Personal information
 * is masked in every answer. A retry with the same {@code Idempotency-Key} returns the first receipt (200) instead of
 * filing twice.
 */
@RestController
@RequestMapping("/api/petitions")
class PetitionController {

    private final PetitionService petitions;

    PetitionController(PetitionService petitions) {
        this.petitions = petitions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PetitionReceipt> file(@Valid @RequestBody PetitionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal operator,
            UriComponentsBuilder uri) {
        PetitionReceipt receipt = petitions.submit(request.toSubmission(PetitionChannel.HOTLINE, operator.getName()),
                IdempotencyKeys.scoped("api", idempotencyKey));
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(uri.path("/api/petitions/{number}").build(receipt.number()))
                .body(receipt);
    }

    @GetMapping("/{number}")
    PetitionView read(@PathVariable String number) {
        return petitions.find(number).orElseThrow(() -> new RecordNotFoundException("诉求", number));
    }
}
