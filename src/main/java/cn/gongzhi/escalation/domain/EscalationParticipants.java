package cn.gongzhi.escalation.domain;

import cn.gongzhi.shared.process.MatterParticipants;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who worked the escalation a process instance runs (see {@link EscalationCases#participants}). */
@Component
class EscalationParticipants implements MatterParticipants {

    private final EscalationRepository escalations;
    private final EscalationCases cases;

    EscalationParticipants(EscalationRepository escalations, EscalationCases cases) {
        this.escalations = escalations;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> of(String processInstanceId) {
        return escalations.findByProcessInstanceId(processInstanceId).map(e -> cases.participants(e.getId()))
                .orElse(Set.of());
    }
}
