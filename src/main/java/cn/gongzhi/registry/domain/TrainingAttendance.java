package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.RecordSource;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A worker's attendance of a course and the hours credited for it (none when she did not attend). A line without a
 * course holds hours credited from elsewhere: the V1 training hours, {@link RecordSource#MIGRATED}.
 */
@Entity
public class TrainingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    private Long courseId;
    private boolean attended;
    private int hoursCredited;
    private LocalDate creditedOn;
    private String certificateReference;
    @Enumerated(EnumType.STRING)
    private RecordSource source;

    protected TrainingAttendance() {
    }

    public TrainingAttendance(Long workerId, Long courseId, boolean attended, int hoursCredited, LocalDate creditedOn,
            String certificateReference, RecordSource source) {
        this.workerId = workerId;
        this.courseId = courseId;
        this.attended = attended;
        this.hoursCredited = attended ? hoursCredited : 0;
        this.creditedOn = creditedOn;
        this.certificateReference = certificateReference;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public Long getCourseId() { return courseId; }
    public boolean isAttended() { return attended; }
    public int getHoursCredited() { return hoursCredited; }
    public LocalDate getCreditedOn() { return creditedOn; }
    public String getCertificateReference() { return certificateReference; }
    public RecordSource getSource() { return source; }
}
