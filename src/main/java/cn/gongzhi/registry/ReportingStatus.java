package cn.gongzhi.registry;

/**
 * Where a Party member stands in reporting to her community (在职党员双报到). A member without a status has not
 * reported: the community's own members, registered by its Party organisation, need not.
 */
public enum ReportingStatus {
    /** She (or her unit's Party organisation) reported; the community Party organisation has not yet confirmed. */
    REPORTED("已报到"),
    /** Confirmed by the community Party organisation: she serves there and may hold a post or an area. */
    ACTIVE("在岗"),
    /** She moved away or her organisational relation was transferred: her posts and areas ended with it. */
    MOVED_AWAY("已迁出");

    private final String label;

    ReportingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a reporting in this status binds her to its community: one such community at a time. */
    public boolean isOpen() {
        return this == REPORTED || this == ACTIVE;
    }
}
