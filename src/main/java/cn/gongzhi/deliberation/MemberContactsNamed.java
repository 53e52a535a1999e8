package cn.gongzhi.deliberation;

import java.util.List;

/**
 * Published when a residents' consultation's stakeholders' notice names Party members as its contacts (党员联络人):
 * the consultation's id, its community and the members' ids, nothing else. The members module offers each of them a
 * service item (docs/processes/party-members.md, "Members in the community's procedures").
 */
public record MemberContactsNamed(long deliberationId, String communityCode, List<Long> memberIds) {}
