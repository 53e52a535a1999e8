package cn.gongzhi.registry;

/** Social-worker qualification levels, in ascending order. */
public enum Qualification {
    NONE,
    /** 助理社会工作师 */
    ASSISTANT,
    /** 社会工作师 */
    INTERMEDIATE,
    /** 高级社会工作师 */
    SENIOR;

    public boolean isAtLeast(Qualification required) {
        return compareTo(required) >= 0;
    }
}
