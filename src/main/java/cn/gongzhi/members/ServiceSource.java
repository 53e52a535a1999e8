package cn.gongzhi.members;

/**
 * The procedure a service item came from, when a procedure offered it rather than the community's bodies publishing
 * it: the item keeps the kind and a reference (the petition number, the consultation's or the escalation's id).
 */
public enum ServiceSource {
    PETITION("接诉即办"),
    CONSULTATION("居民协商"),
    JOINT_MEETING("吹哨报到");

    private final String label;

    ServiceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
