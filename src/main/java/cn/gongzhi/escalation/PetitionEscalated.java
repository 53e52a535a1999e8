package cn.gongzhi.escalation;

/** Published when an escalation takes up a petition: the escalation answers it. */
public record PetitionEscalated(long escalationId, String petitionNumber) {}
