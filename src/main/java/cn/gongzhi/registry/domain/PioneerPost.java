package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A pioneer post (党员先锋岗) of a community and the Party member who holds it, if any. */
@Entity
public class PioneerPost implements Duty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private String name;
    private String duties;
    private Long holderMemberId;
    private LocalDate heldSince;

    @Override public Long getId() { return id; }
    @Override public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    @Override public Long getHolderMemberId() { return holderMemberId; }
    public LocalDate getHeldSince() { return heldSince; }

    @Override
    public void holdBy(Long memberId, LocalDate since) {
        this.holderMemberId = memberId;
        this.heldSince = since;
    }
}
