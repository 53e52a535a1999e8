package cn.gongzhi.escalation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByEscalationIdOrderById(Long escalationId);
}
