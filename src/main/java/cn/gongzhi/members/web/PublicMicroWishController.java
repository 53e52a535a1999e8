package cn.gongzhi.members.web;

import cn.gongzhi.members.MicroWishBoard;
import cn.gongzhi.members.MicroWishBoard.PublicWish;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PUBLIC, no login: what the page at /service/ calls. Rate-limited per client as every anonymous read under
 * {@code /public} is; a minute's caching is enough for a list that changes when a member claims.
 */
@RestController
@RequestMapping("/public")
class PublicMicroWishController {

    private final MicroWishBoard board;
    private final RegistryService registry;

    PublicMicroWishController(MicroWishBoard board, RegistryService registry) {
        this.board = board;
        this.registry = registry;
    }

    @GetMapping("/micro-wishes")
    ResponseEntity<List<PublicWish>> microWishes(@RequestParam("community") String community) {
        if (registry.community(community).isEmpty()) {
            throw new RecordNotFoundException("社区（村）", community);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(board.of(community));
    }
}
