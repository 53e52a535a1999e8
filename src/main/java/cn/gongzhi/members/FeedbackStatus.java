package cn.gongzhi.members;

/**
 * Where an annual feedback to a work unit (年度双向反馈) stands, and where each community's part of it stands:
 * collected and under the branch's review, sent to the unit, and (the whole report) confirmed by the unit's contact.
 */
public enum FeedbackStatus {
    COLLECTED("待审核"),
    SENT("已送达单位"),
    CONFIRMED("单位已确认收到");

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
