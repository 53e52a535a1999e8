package cn.gongzhi.deliberation;

/** What a notice discloses: a resolution, a result, or another outcome (e.g. of a joint meeting). */
public enum DisclosureKind {
    RESOLUTION, RESULT, OUTCOME
}
