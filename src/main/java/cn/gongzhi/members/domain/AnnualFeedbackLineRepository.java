package cn.gongzhi.members.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualFeedbackLineRepository extends JpaRepository<AnnualFeedbackLine, Long> {

    List<AnnualFeedbackLine> findByPartIdOrderById(Long partId);

    List<AnnualFeedbackLine> findByMemberIdOrderByIdDesc(Long memberId);
}
