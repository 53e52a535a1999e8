package cn.gongzhi.shared;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongzhi.time-zone} and {@code gongzhi.node-name}: where this node's clock is and what it is called.
 *
 * @param timeZone the time zone every date and time limit is reckoned in (China time)
 * @param nodeName this node's name in a cluster; default {@code <host>-<process id>} (see {@link NodeName})
 */
@Validated
@ConfigurationProperties("gongzhi")
public record NodeProperties(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        String nodeName) {
}
