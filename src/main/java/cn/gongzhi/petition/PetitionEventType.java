package cn.gongzhi.petition;

/** The steps of a petition's timeline (who did what, when). */
public enum PetitionEventType {
    RECEIVED("受理"),
    DISPATCHED("分类派遣"),
    ACCESS_CHECKED("准入核查"),
    RETURNED("退回职能部门"),
    DEPARTMENT_RESPONDED("职能部门答复"),
    ASSIGNED("派单"),
    CONTACTED("联系诉求人"),
    REMINDED("到期提醒"),
    OVERDUE("超期"),
    SUPERVISED("督办"),
    HANDLED("办理"),
    CALLED_BACK("回访"),
    REOPENED("重新办理"),
    ESCALATED("提请吹哨"),
    JOINT_MEETING_DECIDED("联席会议决定"),
    ESCALATION_RESOLVED("吹哨结果"),
    CLOSED("办结");

    private final String label;

    PetitionEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
