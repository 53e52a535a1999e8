package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow down, by address and by login, and never lock a login for good: ten anonymous wrong passwords
 * no longer shut a worker out until an administrator unlocks her. Small limits here; the defaults are in
 * application.yaml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongzhi.identity.login-failures-per-address=5", "gongzhi.identity.login-failure-window=PT1H",
        "camunda.bpm.generic-properties.properties.login-delay-base=1",
        "camunda.bpm.generic-properties.properties.login-delay-max-time=2"})
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void anAddressThatKeepsFailingWaitsAndTheLoginItTriedIsNeverLocked() throws InterruptedException {
        HttpApi attacker = HttpApi.as(port, "sunli", "wrong").withHeader("X-Forwarded-For", "198.51.100.7");
        for (int i = 0; i < 4; i++) {
            assertThat(attacker.get("/engine-rest/task").status()).as("attempt %d", i + 1).isEqualTo(401);
        }
        // a wrong password on the staff login page counts the same
        assertThat(HttpApi.anonymous(port).withHeader("X-Forwarded-For", "198.51.100.7")
                .postForm("/login", java.util.Map.of("username", "sunli", "password", "wrong")).status())
                .isEqualTo(401);
        Response throttled = attacker.get("/engine-rest/task");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.retryAfter()).isNotNull();
        assertThat(throttled.body()).contains("没有被锁定");
        // the same address is held back on every way in, our APIs and the webapps' login included
        assertThat(HttpApi.as(port, "sunli", "wrong").withHeader("X-Forwarded-For", "198.51.100.7")
                .get("/api/petitions/P-2026-000001").status()).isEqualTo(429);
        assertThat(HttpApi.anonymous(port).withHeader("X-Forwarded-For", "198.51.100.7")
                .postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                        java.util.Map.of("username", "sunli", "password", "wrong")).status()).isEqualTo(429);
        assertThat(HttpApi.anonymous(port).withHeader("X-Forwarded-For", "198.51.100.7")
                .postForm("/login", java.util.Map.of("username", "sunli", "password", "demo")).status())
                .isEqualTo(429);

        // ten more wrong passwords for sunli from other addresses: after a short wait she logs in as always
        for (int i = 0; i < 10; i++) {
            HttpApi.as(port, "sunli", "wrong").withHeader("X-Forwarded-For", "198.51.100." + (20 + i))
                    .get("/engine-rest/task");
        }
        Thread.sleep(2_500);
        Response sunli = HttpApi.as(port, "sunli", "demo").withHeader("X-Forwarded-For", "203.0.113.5")
                .get("/engine-rest/task");
        assertThat(sunli.status()).as(sunli.toString()).isEqualTo(200);
        assertThat(identityService.createUserQuery().userId("sunli").singleResult()).isNotNull();
    }
}
