package cn.gongzhi.identity;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentitySyncTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void groupsMirrorTheDemoRegistry() {
        assertThat(members("party-branch-heyuan")).containsExactlyInAnyOrder("wangfang", "liqiang", "chenjing");
        assertThat(members("committee-liushu")).containsExactlyInAnyOrder("liming", "wangxiuying", "liude");
        assertThat(members("workers-heyuan")).containsExactlyInAnyOrder("chenjing", "zhaolei", "zhangwei", "liuyang");
        assertThat(members("grid-workers-liushu")).containsExactlyInAnyOrder("sunli", "machao");
        assertThat(members("supervisors-heyuan")).containsExactly("chenjing");
        assertThat(members("supervision-committee-liushu")).containsExactly("mayuzhen");
        assertThat(members("street-party-qinghe")).containsExactlyInAnyOrder("gaojian", "linxiao");
        assertThat(members("street-supervisors-qinghe")).containsExactlyInAnyOrder("gaojian", "linxiao");
        assertThat(members("dept-water")).containsExactly("water-liaison");
        assertThat(members("process-designers")).containsExactly("designer");
        Group group = identityService.createGroupQuery().groupId("party-branch-heyuan").singleResult();
        assertThat(group.getName()).isEqualTo("和园社区党组织");
        assertThat(group.getType()).isEqualTo(IdentitySync.GROUP_TYPE);
        assertThat(identityService.checkPassword("zhangwei", "demo")).isTrue();
    }

    @Test
    void inServiceMembersAndWorkUnitContactsLogInToReport() {
        assertThat(members("party-members")).contains("zhengguohua", "hexiaoyan", "zhouzhigang")
                .as("the community's own members do not report").doesNotContain("wangfang", "liming", "mayuzhen");
        assertThat(members("work-unit-contacts")).contains("jiaowei-party", "yiyuan-party", "xiaoxue-party");
        assertThat(identityService.createGroupQuery().groupId("party-members").singleResult().getName())
                .isEqualTo("报到党员");
        assertThat(identityService.checkPassword("zhengguohua", "demo")).isTrue();
        assertThat(identityService.checkPassword("jiaowei-party", "demo")).isTrue();
    }

    @Autowired
    IdentitySync identitySync;

    @Test
    void loginsShowTheWholeChineseNameAndTheOldSplitIsPutRight() {
        User liming = identityService.createUserQuery().userId("liming").singleResult();
        assertThat(liming).extracting(User::getFirstName, User::getLastName).containsExactly("李明", "");

        // as earlier versions stored it, which Tasklist printed as "明 李"
        liming.setLastName("李");
        liming.setFirstName("明");
        identityService.saveUser(liming);
        identitySync.sync();
        assertThat(identityService.createUserQuery().userId("liming").singleResult())
                .extracting(User::getFirstName, User::getLastName).containsExactly("李明", "");

        // a name an administrator spelled differently is left alone
        liming = identityService.createUserQuery().userId("liming").singleResult();
        liming.setFirstName("Ming");
        liming.setLastName("Li");
        identityService.saveUser(liming);
        identitySync.sync();
        User kept = identityService.createUserQuery().userId("liming").singleResult();
        assertThat(kept).extracting(User::getFirstName, User::getLastName).containsExactly("Ming", "Li");
        kept.setFirstName("李明");
        kept.setLastName("");
        identityService.saveUser(kept);
    }

    @Test
    void registryChangesReachLoginsAndGroups() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String east = newCommunity(admin);
        String west = newCommunity(admin);
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        var worker = body("communityId", communityId(admin, east), "name", "新同事", "username", username,
                "gender", "FEMALE", "post", "STAFF", "grade", 1, "caseloadLimit", 10);
        long id = admin.post("/api/registry/workers", worker).id();

        assertThat(members("workers-" + east)).containsExactly(username);
        assertThat(identityService.createUserQuery().userId(username).singleResult())
                .extracting(User::getFirstName, User::getLastName).containsExactly("新同事", "");
        assertThat(HttpApi.as(port, username, "demo").get("/api/registry/streets").status()).isEqualTo(200);

        worker.put("communityId", communityId(admin, west));
        assertThat(admin.put("/api/registry/workers/" + id, worker).status()).isEqualTo(200);
        assertThat(members("workers-" + east)).isEmpty();
        assertThat(members("workers-" + west)).containsExactly(username);
    }

    @Test
    void aNewCommunityGetsItsGroupsAtOnce() {
        String code = newCommunity(HttpApi.as(port, "demo", "demo"));
        assertThat(identityService.createGroupQuery().groupIdIn("party-branch-" + code, "committee-" + code,
                "workers-" + code, "grid-workers-" + code, "supervisors-" + code, "supervision-committee-" + code)
                .count()).isEqualTo(6);
    }

    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizationService;

    @Autowired
    org.camunda.bpm.engine.FilterService filterService;

    @Test
    void theSupervisorsFilterIsOfferedToANewCommunitysSupervisorsAndTakenFromEveryoneElse() {
        String filter = filterService.createFilterQuery().filterName("全部可见任务").singleResult().getId();
        // as an earlier version left it: every login, and a workers' group, could read the filter
        for (String holder : List.of("user:*", "workers-heyuan")) {
            var read = authorizationService.createNewAuthorization(holder.startsWith("user:")
                    ? org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL
                    : org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
            if (holder.startsWith("user:")) {
                read.setUserId("*");
            } else {
                read.setGroupId(holder);
            }
            read.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
            read.setResourceId(filter);
            read.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
        String code = newCommunity(HttpApi.as(port, "demo", "demo"));

        List<String> readers = new java.util.ArrayList<>();
        authorizationService.createAuthorizationQuery()
                .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).resourceId(filter).list()
                .forEach(a -> readers.add(a.getGroupId() != null ? a.getGroupId() : "user:" + a.getUserId()));
        assertThat(readers).contains("supervisors-" + code, "supervisors-heyuan", "street-supervisors-qinghe")
                .doesNotContain("user:*", "workers-heyuan").allMatch(r -> r.contains("supervisors-"));
    }

    private static String newCommunity(HttpApi admin) {
        String code = "c" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/registry/communities", body("code", code, "name", "新社区", "type", "URBAN",
                "streetId", 1, "households", 10, "adultResidents", 20)).status()).isEqualTo(201);
        return code;
    }

    private static long communityId(HttpApi admin, String code) {
        return idOf(admin.get("/api/registry/communities").json(), code);
    }

    private List<String> members(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    private static long idOf(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (node.get("code").asText().equals(code)) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("no " + code);
    }
}
