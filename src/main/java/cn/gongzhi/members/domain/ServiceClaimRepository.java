package cn.gongzhi.members.domain;

import cn.gongzhi.members.ClaimStatus;
import cn.gongzhi.members.ServiceKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceClaimRepository extends JpaRepository<ServiceClaim, Long> {

    List<ServiceClaim> findByItemIdOrderById(Long itemId);

    boolean existsByItemIdAndMemberId(Long itemId, Long memberId);

    long countByItemId(Long itemId);

    /** Every claim of one member, newest first. */
    List<ServiceClaim> findByMemberIdOrderByClaimedAtDescIdDesc(Long memberId);

    /** Confirmed hours per member of a community's items whose service ended in [from, to). */
    @Query("select c.memberId, sum(c.hours) from ServiceClaim c, ServiceItem i where c.itemId = i.id"
            + " and c.status = :status and i.communityCode = :community and i.endsAt >= :from and i.endsAt < :to"
            + " group by c.memberId order by c.memberId")
    List<Object[]> hoursByMember(String community, ClaimStatus status, LocalDateTime from, LocalDateTime to);

    /** Everything a member's confirmed hours add up to, in [from, to). */
    @Query("select coalesce(sum(c.hours), 0) from ServiceClaim c, ServiceItem i where c.itemId = i.id"
            + " and c.status = :status and c.memberId = :memberId and i.endsAt >= :from and i.endsAt < :to")
    BigDecimal hoursOf(long memberId, ClaimStatus status, LocalDateTime from, LocalDateTime to);

    /** Claims of a community's items of one kind taken in [from, to), except those of the given status. */
    @Query("select count(c) from ServiceClaim c, ServiceItem i where c.itemId = i.id and i.kind = :kind"
            + " and i.communityCode = :community and c.status <> :except and c.claimedAt >= :from and c.claimedAt < :to")
    long countTaken(String community, ServiceKind kind, ClaimStatus except, LocalDateTime from, LocalDateTime to);
}
