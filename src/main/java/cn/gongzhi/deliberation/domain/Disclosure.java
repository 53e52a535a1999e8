package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.DisclosureKind;
import cn.gongzhi.deliberation.DisclosureStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A notice on the public board, open to objections until its deadline. */
@Entity
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private Long deliberationId;
    private String communityCode;
    @Enumerated(EnumType.STRING)
    private DisclosureKind kind;
    @Convert(converter = MaskedText.class)
    private String title;
    @Convert(converter = MaskedText.class)
    private String content;
    @Enumerated(EnumType.STRING)
    private DisclosureStatus status;
    private LocalDateTime publishedAt;
    private LocalDateTime objectionDeadline;
    private String ruling;
    @Convert(converter = MaskedText.class)
    private String rulingReasons;
    private LocalDateTime archivedAt;
    private String processInstanceId;
    /** What the notice is about besides a deliberation: an escalation's number and the petitions it answers. */
    @ElementCollection
    @CollectionTable(name = "disclosure_subject", joinColumns = @JoinColumn(name = "disclosure_id"))
    @Column(name = "subject")
    private Set<String> subjects = new LinkedHashSet<>();

    protected Disclosure() {}

    public Disclosure(Long deliberationId, String communityCode, DisclosureKind kind, String title, String content,
            LocalDateTime publishedAt, LocalDateTime objectionDeadline, String processInstanceId) {
        this.deliberationId = deliberationId;
        this.communityCode = communityCode;
        this.kind = kind;
        this.title = title;
        this.content = content;
        this.publishedAt = publishedAt;
        this.objectionDeadline = objectionDeadline;
        this.processInstanceId = processInstanceId;
        this.status = DisclosureStatus.OPEN;
    }

    /** N-2026-000003 for a notice, by year and id. */
    public void assignNumber() {
        this.number = String.format("N-%d-%06d", publishedAt.getYear(), id);
    }

    /** Notes what the notice is about (numbers of at most 32 characters; blanks are skipped). */
    public void about(Collection<String> numbers) {
        numbers.stream().map(String::trim).filter(n -> !n.isEmpty() && n.length() <= 32).forEach(subjects::add);
    }

    public boolean isOpenAt(LocalDateTime time) {
        return status == DisclosureStatus.OPEN && time.isBefore(objectionDeadline);
    }

    public void moveTo(DisclosureStatus status) {
        this.status = status;
    }

    public void rule(String ruling, String reasons) {
        this.ruling = ruling;
        this.rulingReasons = reasons;
    }

    public void archive(LocalDateTime at) {
        this.status = DisclosureStatus.ARCHIVED;
        this.archivedAt = at;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getDeliberationId() { return deliberationId; }
    public String getCommunityCode() { return communityCode; }
    public DisclosureKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public DisclosureStatus getStatus() { return status; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public LocalDateTime getObjectionDeadline() { return objectionDeadline; }
    public String getRuling() { return ruling; }
    public String getRulingReasons() { return rulingReasons; }
    public LocalDateTime getArchivedAt() { return archivedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Set<String> getSubjects() { return Set.copyOf(subjects); }
}
