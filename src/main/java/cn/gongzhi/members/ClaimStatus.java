package cn.gongzhi.members;

/** A member's claim of a service item: claimed, served (recorded), confirmed by the branch, returned, or no-show. */
public enum ClaimStatus {
    CLAIMED("已认领"),
    SERVED("已登记服务"),
    CONFIRMED("已确认"),
    /** The branch sent her record back with its reason: she records it again. */
    RETURNED("退回补正"),
    /** She did not record her service by the configured time after the end; the branch recorded it. */
    NO_SHOW("未到岗");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
