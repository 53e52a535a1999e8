package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportingRepository extends JpaRepository<UnitReporting, Long> {

    List<UnitReporting> findByCommunityIdOrderById(Long communityId);

    List<UnitReporting> findByProcessInstanceId(String processInstanceId);

    Optional<UnitReporting> findByOrgIdAndCommunityId(Long orgId, Long communityId);
}
