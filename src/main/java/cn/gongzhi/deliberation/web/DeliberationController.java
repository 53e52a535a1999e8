package cn.gongzhi.deliberation.web;

import cn.gongzhi.deliberation.DeliberationService;
import cn.gongzhi.deliberation.DeliberationService.DeliberationView;
import cn.gongzhi.identity.RecordReaders;
import cn.gongzhi.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The community's bodies and staff, its street and administrators read a deliberation with its meetings (who was
 * due, who came, the votes, the verdict) and notices. Anyone else: 404, as for a number that does not exist. What
 * the public may see of it is on the disclosure board.
 */
@RestController
@RequestMapping("/api/deliberations")
class DeliberationController {

    private final DeliberationService deliberations;
    private final RecordReaders readers;

    DeliberationController(DeliberationService deliberations, RecordReaders readers) {
        this.deliberations = deliberations;
        this.readers = readers;
    }

    @GetMapping("/{number}")
    DeliberationView read(@PathVariable String number, Authentication user) {
        DeliberationView deliberation = deliberations.find(number.trim().toUpperCase());
        if (!readers.mayRead(user, RecordReaders.Kind.DELIBERATION, deliberation.communityCode(), List.of())) {
            throw new RecordNotFoundException("议事事项", number);
        }
        return deliberation;
    }
}
