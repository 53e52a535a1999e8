package cn.gongzhi.petition.domain;

/** The user tasks of a petition, as the timeline records them. */
public enum PetitionStep {
    CONTACT,
    HANDLING,
    CALLBACK,
    DEPARTMENT_RESPONSE,
    SUPERVISION
}
