package cn.gongzhi.registry;

/** The three posts of "three posts, eighteen grades" (三岗十八级); each post's grade range is configuration. */
public enum WorkerPost {
    HEAD, DEPUTY, STAFF
}
