package cn.gongzhi.petition;

/** Where a petition stands. Everything but {@link #CLOSED} is "open" to a resident and to Open311. */
public enum PetitionStatus {
    RECEIVED("已受理"),
    RETURNED("已退回职能部门"),
    ASSIGNED("已派单"),
    IN_PROGRESS("办理中"),
    CALLBACK("待回访"),
    ESCALATED("已提请吹哨"),
    CLOSED("已办结");

    private final String label;

    PetitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
