package cn.gongzhi.petition.domain;

import cn.gongzhi.registry.Qualification;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** One entry of the dispatch catalogue: a kind of matter a resident can raise (an Open311 service). */
@Entity
public class PetitionCategory {

    @Id
    private String code;
    private String name;
    private String description;
    private String serviceGroup;
    @Enumerated(EnumType.STRING)
    private Qualification requiredQualification;
    private int sortOrder;
    private boolean active;

    protected PetitionCategory() {}

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getServiceGroup() { return serviceGroup; }
    /** The social-worker qualification a worker needs to handle this kind of matter, or null. */
    public Qualification getRequiredQualification() { return requiredQualification; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
