package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;

/**
 * The registry is read by staff, not by the logins of reporting: an in-service Party member or a work unit's contact
 * asking for any registry page is refused 403 in Chinese, staff (a worker, a Party secretary, a supervisor, the
 * administrator) read it as before, and a login that is both staff and a member keeps her staff access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryReadersTest {

    private static final List<String> PAGES = List.of("/api/registry/communities", "/api/registry/communities/1",
            "/api/registry/party-members", "/api/registry/work-unit-orgs", "/api/registry/pioneer-posts");

    @LocalServerPort
    int port;

    @Test
    void inServiceMembersAndUnitContactsReadNoRegistryPage() {
        for (String login : List.of("zhengguohua", "zhouzhigang", "jiaowei-party")) {
            for (String page : PAGES) {
                Response answer = HttpApi.as(port, login, "demo").get(page);
                assertThat(answer.status()).as("%s reads %s: %s", login, page, answer).isEqualTo(403);
                assertThat(answer.json().get("detail").asText()).contains("不能查阅社区登记");
            }
        }
    }

    @Test
    void staffStillReadTheRegistry() {
        for (String login : List.of("zhangwei", "wangfang", "liming", "gaojian", "demo")) {
            Response answer = HttpApi.as(port, login, "demo").get("/api/registry/communities");
            assertThat(answer.status()).as("%s: %s", login, answer).isEqualTo(200);
        }
        assertThat(HttpApi.anonymous(port).get("/api/registry/communities").status()).as("no login").isEqualTo(401);
    }

    @Test
    void onlyTheReportingGroupsAloneAreRefused() {
        assertThat(RegistryReaders.mayRead(login("zhengguohua", GroupIds.PARTY_MEMBERS))).isFalse();
        assertThat(RegistryReaders.mayRead(login("jiaowei-party", GroupIds.WORK_UNIT_CONTACTS))).isFalse();
        assertThat(RegistryReaders.mayRead(login("both", GroupIds.PARTY_MEMBERS, GroupIds.WORK_UNIT_CONTACTS)))
                .isFalse();
        assertThat(RegistryReaders.mayRead(login("staff-and-member", GroupIds.PARTY_MEMBERS, "workers-heyuan")))
                .as("a worker who is also an in-service member keeps her staff access").isTrue();
        assertThat(RegistryReaders.mayRead(login("wangfang", "party-branch-heyuan"))).isTrue();
        assertThat(RegistryReaders.mayRead(null)).isFalse();
    }

    private static TestingAuthenticationToken login(String user, String... groups) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(user, "demo", groups);
        assertThat(Set.of(groups)).hasSize(groups.length);
        return token;
    }
}
