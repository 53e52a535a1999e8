package cn.gongzhi.registry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponsibilityAreaRepository extends JpaRepository<ResponsibilityArea, Long> {

    List<ResponsibilityArea> findByCommunityIdOrderById(Long communityId);

    List<ResponsibilityArea> findByHolderMemberId(Long memberId);
}
