package cn.gongzhi.members.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualFeedbackPartRepository extends JpaRepository<AnnualFeedbackPart, Long> {

    List<AnnualFeedbackPart> findByReportIdOrderById(Long reportId);

    Optional<AnnualFeedbackPart> findByReportIdAndCommunityCode(Long reportId, String communityCode);
}
