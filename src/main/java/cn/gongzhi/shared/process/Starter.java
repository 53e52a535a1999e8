package cn.gongzhi.shared.process;

import java.util.Set;

/**
 * The person asking the engine to do something: her login and the Camunda groups she belongs to, as the engine
 * authenticated her. {@code camunda-admin} is Camunda's own administrators' group.
 */
public record Starter(String userId, Set<String> groups) {

    public static final String ADMIN_GROUP = "camunda-admin";

    public Starter {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isAdmin() {
        return isIn(ADMIN_GROUP);
    }
}
