package cn.gongzhi.shared.process;

/** Variables every Gongzhi process carries under the same name. */
public final class CommonVariables {

    /**
     * The community (or village) the instance belongs to: candidate groups are built from it, and its supervisors
     * and its street's read the instance's history. Set by the process's own register step from the record.
     */
    public static final ProcessVariable<String> COMMUNITY_CODE = ProcessVariable.text("communityCode");

    private CommonVariables() {}
}
