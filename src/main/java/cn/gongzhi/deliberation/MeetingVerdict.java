package cn.gongzhi.deliberation;

/** A meeting's verdict. */
public enum MeetingVerdict {
    OPEN, PASSED, REJECTED, NO_QUORUM
}
