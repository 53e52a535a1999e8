package cn.gongzhi.escalation.domain;

import cn.gongzhi.shared.process.MatterParticipants;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who worked the escalation a process instance runs (see {@link EscalationRecords#participants}). */
@Component
class EscalationParticipants implements MatterParticipants {

    private final EscalationRepository escalations;
    private final EscalationRecords records;

    EscalationParticipants(EscalationRepository escalations, EscalationRecords records) {
        this.escalations = escalations;
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> of(String processInstanceId) {
        return escalations.findByProcessInstanceId(processInstanceId).map(e -> records.participants(e.getId()))
                .orElse(Set.of());
    }
}
