package cn.gongzhi.escalation;

import java.time.LocalDateTime;

/**
 * Published when a department is summoned to an escalation, and again when it is found late to report in
 * ({@code late} never goes back to false). {@code summonsId} identifies the summons.
 */
public record DepartmentSummoned(long summonsId, long escalationId, String departmentCode, LocalDateTime summonedAt,
        boolean late) {}
