package cn.gongzhi.deliberation;

/** Rural four deliberations and two disclosures, or urban residents' consultation. */
public enum DeliberationKind {
    VILLAGE, URBAN
}
