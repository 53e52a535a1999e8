package cn.gongzhi.escalation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationDepartmentRepository extends JpaRepository<EscalationDepartment, Long> {

    List<EscalationDepartment> findByEscalationIdOrderById(Long escalationId);

    Optional<EscalationDepartment> findByEscalationIdAndDepartmentCode(Long escalationId, String departmentCode);
}
