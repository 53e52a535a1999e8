package cn.gongzhi.members.domain;

import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.ServiceSource;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, Long> {

    List<ServiceItem> findByCommunityCodeAndKindOrderByPublishedAtDesc(String communityCode, ServiceKind kind);

    /**
     * A community's items published by hand (not offered by a procedure) in [from, to), withdrawn ones included (they
     * were published).
     */
    @Query("select i from ServiceItem i where i.communityCode = :community and i.sourceKind is null"
            + " and i.publishedAt >= :from and i.publishedAt < :to")
    List<ServiceItem> publishedByHand(String community, LocalDateTime from, LocalDateTime to);

    /** A community's items of one kind closed in [from, to). */
    List<ServiceItem> findByCommunityCodeAndKindAndClosedAtGreaterThanEqualAndClosedAtLessThan(String communityCode,
            ServiceKind kind, LocalDateTime from, LocalDateTime to);

    /** The offer a procedure made to one member, if made. */
    boolean existsBySourceKindAndSourceRefAndOfferedMemberId(ServiceSource source, String ref, Long memberId);

    /** The offer a procedure made to the community's active members, if made. */
    boolean existsBySourceKindAndSourceRefAndOfferedMemberIdIsNull(ServiceSource source, String ref);
}
