package cn.gongzhi.deliberation;

/** Where a deliberation stands. */
public enum DeliberationStatus {
    IN_DELIBERATION, REVISING, RESOLVED, IMPLEMENTING, COMPLETED, REJECTED, DECLINED
}
