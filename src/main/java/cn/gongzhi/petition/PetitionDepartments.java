package cn.gongzhi.petition;

import java.util.Set;

/**
 * The departments a petition reached beyond its community: those a joint meeting convened on it. The escalation
 * module answers; staff reads use it so that a convened department's liaison may read the petition she works on.
 */
public interface PetitionDepartments {

    Set<String> convenedFor(String petitionNumber);
}
