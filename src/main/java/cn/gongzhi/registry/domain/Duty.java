package cn.gongzhi.registry.domain;

import java.time.LocalDate;

/** A pioneer post or a responsibility area: something of one community a member holds. */
public interface Duty {

    Long getId();

    Long getCommunityId();

    Long getHolderMemberId();

    /** Held by this member from this day; both null: vacant. */
    void holdBy(Long memberId, LocalDate since);
}
