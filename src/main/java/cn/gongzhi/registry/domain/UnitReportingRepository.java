package cn.gongzhi.registry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportingRepository extends JpaRepository<UnitReporting, Long> {

    List<UnitReporting> findByCommunityIdOrderById(Long communityId);
}
