package cn.gongzhi.members.domain;

import cn.gongzhi.members.ServiceKind;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, Long> {

    List<ServiceItem> findByCommunityCodeAndKindOrderByPublishedAtDesc(String communityCode, ServiceKind kind);

    /** A community's items published in [from, to), withdrawn ones included (they were published). */
    List<ServiceItem> findByCommunityCodeAndPublishedAtGreaterThanEqualAndPublishedAtLessThan(String communityCode,
            LocalDateTime from, LocalDateTime to);

    /** A community's items of one kind closed in [from, to). */
    List<ServiceItem> findByCommunityCodeAndKindAndClosedAtGreaterThanEqualAndClosedAtLessThan(String communityCode,
            ServiceKind kind, LocalDateTime from, LocalDateTime to);
}
