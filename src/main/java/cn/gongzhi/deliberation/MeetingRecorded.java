package cn.gongzhi.deliberation;

import cn.gongzhi.registry.AssemblyBody;
import java.time.LocalDateTime;

/**
 * Published when a meeting's record is taken ({@code verdict} still OPEN) and again when the quorum decision gives its
 * verdict; a verdict never goes back to OPEN. {@code communityCode} is the deliberation's.
 */
public record MeetingRecorded(long meetingId, String communityCode, AssemblyBody bodyKind, MeetingVerdict verdict,
        LocalDateTime recordedAt) {}
