package cn.gongzhi.escalation.process;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user acting in the engine right now, or null for the engine itself. */
final class Actor {

    private Actor() {}

    static String current() {
        if (Context.getCommandContext() == null) {
            return null;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication != null ? authentication.getUserId() : null;
    }
}
