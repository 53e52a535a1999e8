package cn.gongzhi.registry.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.Set;
import java.util.TreeSet;

/** A district department or public-service enterprise (职能部门) that can be summoned; its duties are category codes. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private Long streetId;
    private String liaisonUsername;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "department_duty", joinColumns = @JoinColumn(name = "department_id"))
    @Column(name = "category_code")
    private Set<String> duties = new TreeSet<>();

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getStreetId() { return streetId; }
    public void setStreetId(Long streetId) { this.streetId = streetId; }
    public String getLiaisonUsername() { return liaisonUsername; }
    public void setLiaisonUsername(String liaisonUsername) { this.liaisonUsername = liaisonUsername; }
    public Set<String> getDuties() { return duties; }
    public void setDuties(Set<String> duties) {
        this.duties.clear();
        this.duties.addAll(duties);
    }
}
