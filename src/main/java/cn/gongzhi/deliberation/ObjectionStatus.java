package cn.gongzhi.deliberation;

/** A resident's objection. */
public enum ObjectionStatus {
    FILED, UPHELD, DISMISSED
}
