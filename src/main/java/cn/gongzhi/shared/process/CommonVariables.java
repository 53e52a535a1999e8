package cn.gongzhi.shared.process;

/** Variables every Gongzhi process carries under the same name. */
public final class CommonVariables {

    /**
     * The community (or village) the instance belongs to: candidate groups are built from it, and its supervisors
     * and its street's read the instance's history. Set by the process's own register step from the record.
     */
    public static final ProcessVariable<String> COMMUNITY_CODE = ProcessVariable.text("communityCode");

    /**
     * The matter's number as staff quote it (P-2026-000123, D-…, E-…): every task row of Tasklist's filters shows it,
     * and the filter's search finds a task by it. Set by the register step, with the two below.
     */
    public static final ProcessVariable<String> MATTER_NUMBER = ProcessVariable.text("matterNumber");

    /** What the matter is about, by name (a petition's category, a deliberation's kind): shown on every task row. */
    public static final ProcessVariable<String> MATTER_CATEGORY = ProcessVariable.text("matterCategory");

    /** Where, by name (community, and grid where there is one; never an address): shown on every task row. */
    public static final ProcessVariable<String> MATTER_PLACE = ProcessVariable.text("matterPlace");

    /** One line on what the matter is, masked (a petition's content, a deliberation's title): shown on every task row. */
    public static final ProcessVariable<String> MATTER_SUMMARY = ProcessVariable.text("matterSummary");

    private CommonVariables() {}
}
