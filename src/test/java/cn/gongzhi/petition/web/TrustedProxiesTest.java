package cn.gongzhi.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With no trusted proxy configured (the production default), X-Forwarded-For is the client's own word: a client
 * that writes a new address into it on every request still has one quota.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=")
class TrustedProxiesTest {

    @LocalServerPort
    int port;

    @Test
    void aClientCannotBuyAFreshQuotaByWritingItsOwnForwardedAddress() {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            HttpApi.Response filed = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "198.51.100." + (100 + i))
                    .post("/public/petitions", Map.of("category", "COMMUNITY_ENVIRONMENT", "communityCode", "heyuan",
                            "location", "和园小区", "description", "垃圾未清运（代理测试 " + i + "）"));
            if (filed.status() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("the sixth filing within the period is refused whatever the header says")
                .isGreaterThanOrEqualTo(1);
    }
}
