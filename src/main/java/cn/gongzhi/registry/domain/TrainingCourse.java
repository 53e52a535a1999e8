package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A training course offered to community workers of a street (district-wide when it names no street). */
@Entity
public class TrainingCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long streetId;
    private String title;
    private String provider;
    private int hours;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected TrainingCourse() {
    }

    public TrainingCourse(Long streetId, String title, String provider, int hours, LocalDate startsOn,
            LocalDate endsOn) {
        this.streetId = streetId;
        this.title = title;
        this.provider = provider;
        this.hours = hours;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() { return id; }
    public Long getStreetId() { return streetId; }
    public String getTitle() { return title; }
    public String getProvider() { return provider; }
    public int getHours() { return hours; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
