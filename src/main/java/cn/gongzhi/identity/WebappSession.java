package cn.gongzhi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Component;

/**
 * The login staff share between Camunda's webapps (Tasklist, Cockpit, Admin) and our staff pages (the supervisors'
 * dashboard): the webapps keep it in the HTTP session under their own key, and both sides read and write it there. So
 * whoever logged into Tasklist opens the dashboard without a second login, and the other way round; logging out of
 * either logs out of both. Groups are read from the identity service on every use, not from the session, so a
 * member removed from a group loses its rights at once.
 */
@Component
public class WebappSession {

    private final ProcessEngine engine;
    private final IdentityService identityService;

    WebappSession(ProcessEngine engine) {
        this.engine = engine;
        this.identityService = engine.getIdentityService();
    }

    /** The user logged into the webapps in this request's session, if any (and if she still exists). */
    public Optional<String> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (!(authentication instanceof UserAuthentication) || authentication.getName() == null) {
            return Optional.empty();
        }
        String user = authentication.getName();
        return identityService.createUserQuery().userId(user).count() == 1 ? Optional.of(user) : Optional.empty();
    }

    /** Her groups, as the engine knows them now. */
    public List<String> groups(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /**
     * Checks the password as the webapps' login does (the engine's delay after failures applies) and, if it is right,
     * starts a fresh session (a new id, against session fixation) logged in for the webapps too.
     */
    boolean logIn(HttpServletRequest request, String user, String password) {
        identityService.clearAuthentication();
        if (user == null || user.isBlank() || password == null || !identityService.checkPassword(user, password)) {
            return false;
        }
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, user);
        authentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(
                request.getServletContext()));
        AuthenticationUtil.revalidateSession(request, authentication);
        return true;
    }

    /** Ends the session: the dashboard and the webapps alike. */
    void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
