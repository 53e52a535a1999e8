package cn.gongzhi.members;

/** Where a service item stands; the public page shows a micro-wish's as 待认领 / 已认领 / 已实现. */
public enum ServiceItemStatus {
    /** Published, claims open until the claim deadline or until every place is taken. */
    PUBLISHED("待认领"),
    /** Claims closed with at least one member: the service is under way. */
    CLAIMED("已认领"),
    /** A volunteer activity or an area task whose every service is recorded and settled. */
    DONE("已完成"),
    /** A micro-wish the resident said was met. */
    MET("已实现"),
    /** Settled, but the resident said the wish was not met (a micro-wish only). */
    NOT_MET("未实现"),
    /** The branch withdrew it at the claim deadline (no member claimed, or too few). */
    CANCELLED("已取消");

    private final String label;

    ServiceItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
