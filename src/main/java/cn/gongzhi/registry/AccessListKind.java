package cn.gongzhi.registry;

/** The community's access list of admissible tasks (社区工作事项准入清单). */
public enum AccessListKind {
    /** The committee's own statutory duties. */
    STATUTORY,
    /** Helps a department; needs an approval reference and funding that follows the task (费随事转). */
    ASSISTANCE,
    /** Must not be handed down to the community. */
    NEGATIVE
}
