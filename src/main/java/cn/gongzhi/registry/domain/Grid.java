package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A grid (网格): a patch of a community looked after by one grid worker. */
@Entity
public class Grid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private Long communityId;
    private int households;
    private Long gridWorkerId;
    /** GeoJSON Polygon or MultiPolygon (WGS 84 lon/lat), validated on write; null when none is recorded. */
    private String boundary;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public int getHouseholds() { return households; }
    public void setHouseholds(int households) { this.households = households; }
    public Long getGridWorkerId() { return gridWorkerId; }
    public void setGridWorkerId(Long gridWorkerId) { this.gridWorkerId = gridWorkerId; }
    public String getBoundary() { return boundary; }
    public void setBoundary(String boundary) { this.boundary = boundary; }
}
