package cn.gongzhi.members;

/** What a community service item is (社区服务): the three kinds the community Party organisation publishes. */
public enum ServiceKind {
    VOLUNTEER_ACTIVITY("志愿活动"),
    /** A resident's small need a member adopts; the resident confirms it was met. */
    MICRO_WISH("微心愿"),
    AREA_TASK("责任区任务");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
