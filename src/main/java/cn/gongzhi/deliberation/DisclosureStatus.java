package cn.gongzhi.deliberation;

/** A notice's life on the board. */
public enum DisclosureStatus {
    /** Published; objections may be filed until the deadline. */
    OPEN,
    /** The window has closed with objections; the affairs supervision committee is ruling. */
    UNDER_REVIEW,
    /** On the archive; a dismissed objection's reasons are published with it. */
    ARCHIVED,
    /** An objection was upheld: the matter went back for revision. */
    WITHDRAWN
}
