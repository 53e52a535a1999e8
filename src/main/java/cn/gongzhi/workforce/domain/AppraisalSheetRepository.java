package cn.gongzhi.workforce.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppraisalSheetRepository extends JpaRepository<AppraisalSheet, Long> {

    List<AppraisalSheet> findByRoundIdOrderById(Long roundId);
}
