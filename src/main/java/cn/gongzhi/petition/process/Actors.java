package cn.gongzhi.petition.process;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;

/** Who is acting in the engine right now: the authenticated user, or null for the engine itself (timers). */
final class Actors {

    private Actors() {}

    static String current() {
        if (Context.getCommandContext() == null) {
            return null;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication != null ? authentication.getUserId() : null;
    }
}
