package cn.gongzhi.deliberation.web;

import cn.gongzhi.deliberation.DeliberationService;
import cn.gongzhi.deliberation.DeliberationService.DeliberationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read a deliberation with its meetings (who was due, who came, the votes, the verdict) and notices. */
@RestController
@RequestMapping("/api/deliberations")
class DeliberationController {

    private final DeliberationService deliberations;

    DeliberationController(DeliberationService deliberations) {
        this.deliberations = deliberations;
    }

    @GetMapping("/{number}")
    DeliberationView read(@PathVariable String number) {
        return deliberations.find(number.trim().toUpperCase());
    }
}
