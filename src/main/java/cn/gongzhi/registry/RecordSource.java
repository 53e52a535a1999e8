package cn.gongzhi.registry;

/** Where a worker's record line came from. */
public enum RecordSource {
    /** recorded in Gongzhi (the registry's API, a process, the demo data) */
    RECORDED("登记"),
    /** moved from the plain fields of the worker's V1 row when the records were introduced (V20) */
    MIGRATED("迁移自原登记字段");

    private final String label;

    RecordSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
