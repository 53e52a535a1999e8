package cn.gongzhi.deliberation.domain;

import cn.gongzhi.shared.process.MatterParticipants;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who took part in the deliberation a process instance runs (see {@link DeliberationRecords#participants}). */
@Component
class DeliberationParticipants implements MatterParticipants {

    private final DeliberationRepository deliberations;
    private final DeliberationRecords records;

    DeliberationParticipants(DeliberationRepository deliberations, DeliberationRecords records) {
        this.deliberations = deliberations;
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> of(String processInstanceId) {
        return deliberations.findByProcessInstanceId(processInstanceId)
                .map(d -> records.participants(d.getId())).orElse(Set.of());
    }
}
