package cn.gongzhi.registry;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Communities, grids, departments and workers' names are read several times per petition step and kept for a while: a
 * change through the registry shows at once, a change behind the registry's back (another node, SQL) within the cache
 * time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeThroughTheRegistryShowsAtOnceAndOneBehindItsBackWithinTheCacheTime() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String s = UUID.randomUUID().toString().substring(0, 8);
        long streetId = admin.post("/api/registry/streets", body("code", "cs-" + s, "name", "缓存测试街道")).id();
        String code = "cc-" + s;
        assertThat(registry.community(code)).as("unknown codes are not remembered").isEmpty();
        long id = admin.post("/api/registry/communities", body("code", code, "name", "缓存测试社区", "type", "URBAN",
                "streetId", streetId, "households", 100, "adultResidents", 200)).id();
        assertThat(registry.community(code)).get().extracting(RegistryService.CommunityRef::name).isEqualTo("缓存测试社区");
        assertThat(registry.streetOf(code)).contains("cs-" + s);

        admin.put("/api/registry/communities/" + id, body("code", code, "name", "缓存测试社区（更名）", "type",
                "URBAN", "streetId", streetId, "households", 100, "adultResidents", 200));
        assertThat(registry.community(code)).get().extracting(RegistryService.CommunityRef::name)
                .as("changed through the registry: at once").isEqualTo("缓存测试社区（更名）");

        jdbc.update("update community set name = ? where id = ?", "改名未经登记", id);
        assertThat(registry.community(code)).get().extracting(RegistryService.CommunityRef::name)
                .as("changed behind its back: kept until the cache time ends").isEqualTo("缓存测试社区（更名）");

        // a grid with its worker, and the worker's name, the same way
        String login = "cw" + s;
        long worker = admin.post("/api/registry/workers", body("communityId", id, "name", "缓存测试员", "username", login,
                "gender", "FEMALE", "post", "STAFF", "grade", 1, "caseloadLimit", 10)).id();
        String grid = "cg-" + s;
        assertThat(registry.grid(grid)).as("unknown codes are not remembered").isEmpty();
        long gridId = admin.post("/api/registry/grids", body("code", grid, "name", "缓存测试网格", "communityId", id,
                "households", 10, "gridWorkerId", worker)).id();
        assertThat(registry.grid(grid)).get().extracting(RegistryService.GridRef::gridWorkerUsername).isEqualTo(login);
        assertThat(registry.workerName(login)).contains("缓存测试员");
        admin.put("/api/registry/grids/" + gridId, body("code", grid, "name", "缓存测试网格（更名）", "communityId", id,
                "households", 10));
        assertThat(registry.grid(grid)).get().as("changed through the registry: at once")
                .extracting(RegistryService.GridRef::name, RegistryService.GridRef::gridWorkerUsername)
                .containsExactly("缓存测试网格（更名）", null);
        assertThat(registry.workerName(login)).contains("缓存测试员");
        jdbc.update("update grid set name = ? where id = ?", "改名未经登记", gridId);
        jdbc.update("update community_worker set name = ? where id = ?", "改名未经登记", worker);
        assertThat(registry.grid(grid)).get().extracting(RegistryService.GridRef::name)
                .as("changed behind its back: kept until the cache time ends").isEqualTo("缓存测试网格（更名）");
        assertThat(registry.workerName(login)).contains("缓存测试员");
    }
}
