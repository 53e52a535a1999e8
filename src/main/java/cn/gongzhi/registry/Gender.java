package cn.gongzhi.registry;

/** Recorded because the law sets shares of women on committees. */
public enum Gender {
    FEMALE, MALE
}
