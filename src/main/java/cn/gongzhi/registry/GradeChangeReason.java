package cn.gongzhi.registry;

/** Why a community worker's grade changed (三岗十八级). */
public enum GradeChangeReason {
    /** 工作年限: the years of service a step needs ({@code gongzhi.workers.min-years-per-grade-step}) */
    SERVICE_YEARS("工作年限晋级"),
    /** 年度考核: the result of the street's yearly appraisal */
    APPRAISAL("年度考核"),
    /** 职业资格: a social-worker certificate's steps ({@code gongzhi.workers.qualification-steps}) */
    QUALIFICATION("取得职业资格"),
    /** 岗位变动: a new post brings the grade into its range */
    POST_CHANGE("岗位变动"),
    /** 更正: a correction of the record (also the first line of a record migrated from the plain fields) */
    CORRECTION("更正");

    private final String label;

    GradeChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
