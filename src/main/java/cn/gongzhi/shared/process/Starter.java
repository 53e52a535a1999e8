package cn.gongzhi.shared.process;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The person asking the engine to do something: her login and the Camunda groups she belongs to, as the engine
 * authenticated her. Administrators are Camunda's own group {@link Groups#CAMUNDA_ADMIN}.
 */
public record Starter(String userId, Set<String> groups) {

    public Starter {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isAdmin() {
        return isIn(Groups.CAMUNDA_ADMIN);
    }
}
