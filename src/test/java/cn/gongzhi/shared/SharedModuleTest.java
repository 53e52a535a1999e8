package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.WithoutEngine;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The shared module on its own: the application's one clock keeps China time. */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@WithoutEngine
class SharedModuleTest {

    @Autowired
    Clock clock;

    @Test
    void theApplicationClockKeepsChinaTime() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
