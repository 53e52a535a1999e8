package cn.gongzhi.registry;

/** The three posts of "three posts, eighteen grades" (三岗十八级); each post's grade range is configuration. */
public enum WorkerPost {
    HEAD("正职"), DEPUTY("副职"), STAFF("工作人员");

    private final String label;

    WorkerPost(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
