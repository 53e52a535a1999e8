package cn.gongzhi.members;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a community service item is (社区服务): the three kinds the community Party organisation publishes, and the three
 * a procedure offers (docs/processes/party-members.md, "Members in the community's procedures"), which only the
 * members module publishes ({@link MemberHelp}) and the start form does not offer.
 */
public enum ServiceKind {
    VOLUNTEER_ACTIVITY("志愿活动"),
    /** A resident's small need a member adopts; the resident confirms it was met. */
    MICRO_WISH("微心愿"),
    AREA_TASK("责任区任务"),
    /** Helping with a petition in her responsibility area: offered to her alone, never on a public page. */
    PETITION_HELP("协助办理诉求"),
    /** Liaising for a residents' consultation as the member its stakeholders' notice named. */
    CONSULTATION_CONTACT("协商联络"),
    /** Volunteering in the follow-up of a joint meeting: open to the community's active members, first come. */
    FOLLOW_UP_VOLUNTEER("跟进志愿");

    /** The kinds the community's bodies publish by hand (the start form's choices). */
    public static final Set<ServiceKind> PUBLISHED_BY_HAND = EnumSet.of(VOLUNTEER_ACTIVITY, MICRO_WISH,
            AREA_TASK);

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
