package cn.gongzhi.registry;

/** What a Party member is given to do in her community once confirmed. */
public enum DutyKind {
    /** 党员先锋岗: a named post (a service desk, a volunteer team). */
    PIONEER_POST("党员先锋岗"),
    /** 党员责任区: buildings or courtyards of one grid. */
    RESPONSIBILITY_AREA("党员责任区");

    private final String label;

    DutyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
