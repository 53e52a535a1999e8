package cn.gongzhi.registry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PioneerPostRepository extends JpaRepository<PioneerPost, Long> {

    List<PioneerPost> findByCommunityIdOrderById(Long communityId);

    List<PioneerPost> findByHolderMemberId(Long memberId);
}
