package cn.gongzhi.escalation;

/** Where an escalation stands. */
public enum EscalationStatus {
    WHISTLE, CONVENING, MEETING, SUPERVISING, EVALUATING, CLOSED, SENT_BACK, BUNDLED
}
