package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessListItemRepository extends JpaRepository<AccessListItem, Long> {

    Optional<AccessListItem> findByCommunityIdAndCode(Long communityId, String code);

    List<AccessListItem> findByCommunityIdOrderById(Long communityId);

    List<AccessListItem> findByCommunityIdIn(List<Long> communityIds);
}
