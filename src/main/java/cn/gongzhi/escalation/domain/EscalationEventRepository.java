package cn.gongzhi.escalation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationEventRepository extends JpaRepository<EscalationEvent, Long> {

    List<EscalationEvent> findByEscalationIdOrderByOccurredAtAscIdAsc(Long escalationId);
}
