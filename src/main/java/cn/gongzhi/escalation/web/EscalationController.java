package cn.gongzhi.escalation.web;

import cn.gongzhi.escalation.EscalationService;
import cn.gongzhi.escalation.EscalationService.EscalationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read an escalation: its petitions, departments (report-in, lateness, ratings), commitments and steps. */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private final EscalationService escalations;

    EscalationController(EscalationService escalations) {
        this.escalations = escalations;
    }

    @GetMapping("/{number}")
    EscalationView read(@PathVariable String number) {
        return escalations.find(number.trim().toUpperCase());
    }
}
