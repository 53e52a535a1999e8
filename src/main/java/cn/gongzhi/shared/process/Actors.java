package cn.gongzhi.shared.process;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting: in the engine, the user it authenticated (a Tasklist or REST request), or nobody when the engine
 * itself acts (a timer, an async continuation, our own services calling the engine); in our APIs, the user Spring
 * Security authenticated. The one place a login and her groups become a {@link Starter}.
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
        return of(Context.getCommandContext().getAuthentication());
    }

    /** The person the engine authenticated for a command; empty when the engine itself acts. */
    public static Optional<Starter> of(Authentication authentication) {
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Starter(authentication.getUserId(), authentication.getGroupIds() == null ? Set.of()
                : new HashSet<>(authentication.getGroupIds())));
    }

    /** The person Spring Security authenticated for a request to our APIs: her groups are her authorities. */
    public static Starter of(org.springframework.security.core.Authentication authentication) {
        Set<String> groups = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            groups.add(authority.getAuthority());
        }
        return new Starter(authentication.getName(), groups);
    }
}
