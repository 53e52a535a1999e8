package cn.gongzhi.registry;

/** Social-worker qualification levels, in ascending order; a worker's level is her best valid certificate's. */
public enum Qualification {
    NONE("无"),
    /** 助理社会工作师 */
    ASSISTANT("助理社会工作师"),
    /** 社会工作师 */
    INTERMEDIATE("社会工作师"),
    /** 高级社会工作师 */
    SENIOR("高级社会工作师");

    private final String label;

    Qualification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAtLeast(Qualification required) {
        return compareTo(required) >= 0;
    }
}
