package cn.gongzhi.members.domain;

import cn.gongzhi.members.ServiceKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, Long> {

    List<ServiceItem> findByCommunityCodeAndKindOrderByPublishedAtDesc(String communityCode, ServiceKind kind);
}
