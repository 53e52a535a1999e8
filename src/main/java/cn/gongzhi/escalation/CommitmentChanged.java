package cn.gongzhi.escalation;

import java.time.LocalDate;

/**
 * Published when a department's commitment is made, falls overdue or is done: {@code status} OPEN, OVERDUE or DONE,
 * in that order (a commitment does not go back).
 */
public record CommitmentChanged(long commitmentId, long escalationId, String status, LocalDate deadline) {}
