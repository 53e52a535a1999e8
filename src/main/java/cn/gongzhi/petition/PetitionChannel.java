package cn.gongzhi.petition;

/** How a petition came in. */
public enum PetitionChannel {
    /** The public web page. */
    WEB,
    /** Our JSON API, e.g. a hotline operator recording a call. */
    HOTLINE,
    /** Open311 GeoReport v2. */
    OPEN311,
    /** A start form in Tasklist. */
    TASKLIST
}
