package cn.gongzhi.shared.process;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in the engine right now: the user the engine authenticated (a Tasklist or REST request), or nobody
 * when the engine itself acts (a timer, an async continuation, our own services calling the engine).
 */
public final class Actors {

    private Actors() {}

    /** The acting user's login, or null when the engine itself acts. */
    public static String current() {
        return starter().map(Starter::userId).orElse(null);
    }

    /** The acting user with her groups, as the engine authenticated her; empty when the engine itself acts. */
    public static Optional<Starter> starter() {
        if (Context.getCommandContext() == null) {
            return Optional.empty();
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Starter(authentication.getUserId(), authentication.getGroupIds() == null
                ? Set.of() : Set.copyOf(authentication.getGroupIds())));
    }
}
