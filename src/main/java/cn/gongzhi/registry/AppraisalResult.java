package cn.gongzhi.registry;

/** The street office's yearly appraisal of a community worker, best first. */
public enum AppraisalResult {
    EXCELLENT("优秀"),
    COMPETENT("合格"),
    BASICALLY_COMPETENT("基本合格"),
    INCOMPETENT("不合格");

    private final String label;

    AppraisalResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
