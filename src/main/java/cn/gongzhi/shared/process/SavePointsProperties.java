package cn.gongzhi.shared.process;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gongzhi.save-points.*}: how the models' save points retry a failed hand-over.
 *
 * @param retryCycle an ISO 8601 repeating interval, {@code R<attempts>/<pause>} (R3/PT5M: the hand-over runs at most
 *     three times, five minutes apart; then the engine raises an incident)
 */
@Validated
@ConfigurationProperties("gongzhi.save-points")
public record SavePointsProperties(
        @Pattern(regexp = "R\\d+/P(T?\\d+[DHMS])+", message = "must be R<attempts>/<pause>, e.g. R3/PT5M")
        @DefaultValue(SavePoints.DEFAULT_RETRY_CYCLE) String retryCycle) {
}
