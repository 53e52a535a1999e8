package cn.gongzhi.registry;

/** Urban communities have a residents' committee, rural villages a villagers' committee. */
public enum CommunityType {
    URBAN, RURAL
}
