package cn.gongzhi.petition.domain;

/** The user tasks of a petition, as the timeline records them. */
public enum PetitionStep {
    /** Choosing the community (and grid) of a petition its recorder's login did not place. */
    PLACE,
    CONTACT,
    HANDLING,
    CALLBACK,
    DEPARTMENT_RESPONSE,
    SUPERVISION
}
