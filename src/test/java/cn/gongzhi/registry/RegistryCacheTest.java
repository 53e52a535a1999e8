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
 * Communities and departments are read several times per petition step and kept for a while: a change through the
 * registry shows at once, a change behind the registry's back (another node, SQL) within the cache time.
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
    }
}
