package cn.gongzhi.identity;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the registry ({@code GET /api/registry/**}): staff, as before — every login that holds a group other
 * than the reporting ones. A login whose only groups are {@code party-members} (an in-service Party member) or
 * {@code work-unit-contacts} (a work unit's contact) reads nothing there: every form of hers is filled on the server
 * with what she needs (her members by name, the communities by name), and the registry holds other communities'
 * committees, workers and members. Refused 403 with {@link #REFUSAL}.
 */
final class RegistryReaders {

    static final String REFUSAL = "报到党员和单位党组织联系人的账号不能查阅社区登记：报到所需的党员、社区等信息已在任务表单中列出；"
            + "本人的报到情况请在任务列表中查看，或向社区党组织了解";

    private static final Set<String> REPORTING_ONLY = Set.of(GroupIds.PARTY_MEMBERS, GroupIds.WORK_UNIT_CONTACTS);

    private RegistryReaders() {}

    static AuthorizationDecision decide(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
        return new AuthorizationDecision(mayRead(authentication.get()));
    }

    /** A login, and not one that holds only the reporting groups. */
    static boolean mayRead(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return false;
        }
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return groups.stream().noneMatch(REPORTING_ONLY::contains)
                || groups.stream().anyMatch(g -> !REPORTING_ONLY.contains(g));
    }
}
