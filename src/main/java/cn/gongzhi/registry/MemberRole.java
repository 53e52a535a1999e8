package cn.gongzhi.registry;

/** A seat's role on a committee. */
public enum MemberRole {
    SECRETARY, DEPUTY_SECRETARY, DIRECTOR, DEPUTY_DIRECTOR, MEMBER, REPRESENTATIVE
}
