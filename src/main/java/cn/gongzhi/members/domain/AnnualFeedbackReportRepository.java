package cn.gongzhi.members.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualFeedbackReportRepository extends JpaRepository<AnnualFeedbackReport, Long> {

    Optional<AnnualFeedbackReport> findByOrgIdAndYear(Long orgId, int year);

    boolean existsByOrgIdAndYear(Long orgId, int year);

    List<AnnualFeedbackReport> findByOrgIdOrderByYearDesc(Long orgId);
}
