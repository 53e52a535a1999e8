package cn.gongzhi.escalation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    Optional<Escalation> findByNumber(String number);

    Optional<Escalation> findByProcessInstanceId(String processInstanceId);

    List<Escalation> findByCommunityCodeAndCategoryCodeAndStatusIn(String communityCode, String categoryCode,
            List<cn.gongzhi.escalation.EscalationStatus> statuses);
}
