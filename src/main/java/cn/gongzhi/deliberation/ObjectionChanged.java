package cn.gongzhi.deliberation;

import java.time.LocalDateTime;

/**
 * Published when a resident files an objection to a notice (FILED) and when the committee rules on it (UPHELD or
 * DISMISSED, final). {@code communityCode} is the notice's. The objection's text stays in the deliberation module.
 */
public record ObjectionChanged(long objectionId, String communityCode, ObjectionStatus status,
        LocalDateTime filedAt) {}
