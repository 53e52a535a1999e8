package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A responsibility area (党员责任区): buildings or courtyards of one grid, as the community names them (text), and the
 * Party member who looks after them, if any.
 */
@Entity
public class ResponsibilityArea implements Duty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private Long gridId;
    private String buildings;
    private Long holderMemberId;
    private LocalDate heldSince;

    @Override public Long getId() { return id; }
    @Override public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public Long getGridId() { return gridId; }
    public void setGridId(Long gridId) { this.gridId = gridId; }
    public String getBuildings() { return buildings; }
    public void setBuildings(String buildings) { this.buildings = buildings; }
    @Override public Long getHolderMemberId() { return holderMemberId; }
    public LocalDate getHeldSince() { return heldSince; }

    @Override
    public void holdBy(Long memberId, LocalDate since) {
        this.holderMemberId = memberId;
        this.heldSince = since;
    }
}
