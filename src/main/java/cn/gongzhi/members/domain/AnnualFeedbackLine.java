package cn.gongzhi.members.domain;

import cn.gongzhi.members.FeedbackFigures;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One member's line in one community's part of an annual feedback: her reporting there, her figures of the year and
 * the branch's comment on her. The micro-wishes she met carry only the resident's note and whether it was met.
 */
@Entity
@Table(name = "annual_feedback_line")
public class AnnualFeedbackLine {

    /** A micro-wish she served: whether the resident said it was met, and her note (never her name or phone). */
    @Embeddable
    public static class WishNote {
        @Column(name = "wish_met")
        private Boolean met;
        @Convert(converter = MaskedText.class)
        @Column(name = "resident_note")
        private String note;

        protected WishNote() {}

        public WishNote(Boolean met, String note) {
            this.met = met;
            this.note = note;
        }

        public Boolean getMet() { return met; }
        public String getNote() { return note; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partId;
    private Long memberId;
    private String memberName;
    private String reportingStatus;
    private LocalDate reportedOn;
    private String duties;
    private BigDecimal confirmedHours;
    private int volunteerActivities;
    private int microWishes;
    private int areaTasks;
    private int confirmations;
    private int awaiting;
    private int noShows;
    private int returned;
    private int wishesMet;
    @Convert(converter = MaskedText.class)
    private String memberComment;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "annual_feedback_wish", joinColumns = @JoinColumn(name = "line_id"))
    private List<WishNote> wishes = new ArrayList<>();

    protected AnnualFeedbackLine() {}

    AnnualFeedbackLine(long partId, FeedbackCollection.MemberLine line) {
        this.partId = partId;
        this.memberId = line.memberId();
        this.memberName = line.name();
        this.reportingStatus = line.reportingStatus();
        this.reportedOn = line.reportedOn();
        this.duties = line.duties();
        FeedbackFigures f = line.figures();
        this.confirmedHours = f.confirmedHours();
        this.volunteerActivities = f.volunteerActivities();
        this.microWishes = f.microWishes();
        this.areaTasks = f.areaTasks();
        this.confirmations = f.confirmations();
        this.awaiting = f.awaiting();
        this.noShows = f.noShows();
        this.returned = f.returned();
        this.wishesMet = f.wishesMet();
        line.wishes().forEach(w -> wishes.add(new WishNote(w.getMet(), w.getNote())));
    }

    void comment(String comment) {
        this.memberComment = comment;
    }

    /** The figures of this line, as {@link FeedbackCollection} counts them. */
    public FeedbackFigures figures() {
        return new FeedbackFigures(confirmedHours, volunteerActivities, microWishes, areaTasks, confirmations,
                awaiting, noShows, returned, wishesMet);
    }

    public Long getId() { return id; }
    public Long getPartId() { return partId; }
    public Long getMemberId() { return memberId; }
    public String getMemberName() { return memberName; }
    public String getReportingStatus() { return reportingStatus; }
    public LocalDate getReportedOn() { return reportedOn; }
    public String getDuties() { return duties; }
    public String getMemberComment() { return memberComment; }
    public List<WishNote> getWishes() { return wishes; }
}
