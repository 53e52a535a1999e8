package cn.gongzhi.escalation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationPetitionRepository extends JpaRepository<EscalationPetition, Long> {

    List<EscalationPetition> findByEscalationIdOrderById(Long escalationId);

    boolean existsByEscalationIdAndPetitionNumber(Long escalationId, String petitionNumber);

    List<EscalationPetition> findByPetitionNumber(String petitionNumber);
}
