package cn.gongzhi.identity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongzhi.identity.*}: what the registry cannot say about logins.
 *
 * @param initialPassword password given to each login the registry creates; set only on the default (demo)
 *     profile, elsewhere new logins have no password until an administrator sets one in Camunda Admin
 * @param processDesigners logins of process designers (not a registry seat)
 * @param hotlineOperators logins of the 12345 hotline's operators (not a registry seat): they record petitions for
 *     any community
 * @param loginFailuresPerAddress failed logins from one client address within {@code login-failure-window} before
 *     it must wait (429)
 * @param loginFailureWindow the window failed logins are counted over; an address may try again as it moves on
 */
@Validated
@ConfigurationProperties("gongzhi.identity")
public record IdentityProperties(
        String initialPassword,
        @NotNull @DefaultValue List<String> processDesigners,
        @NotNull @DefaultValue List<String> hotlineOperators,
        @Min(1) @DefaultValue("20") int loginFailuresPerAddress,
        @NotNull @DefaultValue("10m") Duration loginFailureWindow) {

    public IdentityProperties {
        processDesigners = List.copyOf(processDesigners);
        hotlineOperators = List.copyOf(hotlineOperators);
    }
}
