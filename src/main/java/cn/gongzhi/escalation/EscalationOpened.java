package cn.gongzhi.escalation;

import java.time.LocalDateTime;

/** Published when an escalation (a whistle or a joint meeting) is opened for a community. */
public record EscalationOpened(long escalationId, String communityCode, LocalDateTime openedAt) {}
