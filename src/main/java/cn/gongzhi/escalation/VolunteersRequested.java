package cn.gongzhi.escalation;

/**
 * Published when a joint meeting's record asks the community's Party members to volunteer in its follow-up: the
 * escalation, the petition's community, how many volunteers and the convener's short description of the task (no
 * personal data: the form says so, and the members module stores it masked). The members module offers it to the
 * community's active members, first come (docs/processes/party-members.md, "Members in the community's procedures").
 */
public record VolunteersRequested(long escalationId, String communityCode, int volunteers, String task) {}
