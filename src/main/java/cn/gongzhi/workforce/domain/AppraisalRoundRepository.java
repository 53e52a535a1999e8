package cn.gongzhi.workforce.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppraisalRoundRepository extends JpaRepository<AppraisalRound, Long> {

    Optional<AppraisalRound> findByStreetCodeAndAppraisalYear(String streetCode, int year);
}
