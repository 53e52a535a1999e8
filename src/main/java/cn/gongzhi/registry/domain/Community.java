package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.CommunityType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A community (社区) or village (村): the unit of self-governance. */
@Entity
public class Community {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private CommunityType type;
    private Long streetId;
    private int households;
    private int adultResidents;
    /** GeoJSON Polygon or MultiPolygon (WGS 84 lon/lat), validated on write; null when none is recorded. */
    private String boundary;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CommunityType getType() { return type; }
    public void setType(CommunityType type) { this.type = type; }
    public Long getStreetId() { return streetId; }
    public void setStreetId(Long streetId) { this.streetId = streetId; }
    public int getHouseholds() { return households; }
    public void setHouseholds(int households) { this.households = households; }
    public int getAdultResidents() { return adultResidents; }
    public void setAdultResidents(int adultResidents) { this.adultResidents = adultResidents; }
    public String getBoundary() { return boundary; }
    public void setBoundary(String boundary) { this.boundary = boundary; }
}
