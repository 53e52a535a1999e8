package cn.gongzhi.escalation.web;

import cn.gongzhi.escalation.EscalationService;
import cn.gongzhi.escalation.EscalationService.DepartmentView;
import cn.gongzhi.escalation.EscalationService.EscalationView;
import cn.gongzhi.identity.RecordReaders;
import cn.gongzhi.shared.RecordNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The street committee, the community, the convened departments and supervisors read an escalation: its petitions,
 * departments (report-in, lateness, ratings), commitments and steps. Anyone else: 404, as for a number that does not
 * exist.
 */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private final EscalationService escalations;
    private final RecordReaders readers;

    EscalationController(EscalationService escalations, RecordReaders readers) {
        this.escalations = escalations;
        this.readers = readers;
    }

    @GetMapping("/{number}")
    EscalationView read(@PathVariable String number, Authentication user) {
        EscalationView escalation = escalations.find(number.trim().toUpperCase());
        if (!readers.mayRead(user, RecordReaders.Kind.ESCALATION, escalation.communityCode(),
                escalation.departments().stream().map(DepartmentView::code).toList())) {
            throw new RecordNotFoundException("吹哨事项", number);
        }
        return escalation;
    }
}
