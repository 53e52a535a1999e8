package cn.gongzhi.supervision;

/** What a summary is about. */
public enum SupervisionUnit {
    STREET, COMMUNITY, GRID, WORKER, CATEGORY, DEPARTMENT
}
