package cn.gongzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gongzhi.supervision.SupervisionService.Rate;
import cn.gongzhi.supervision.SupervisionService.Score;
import cn.gongzhi.support.Configs;
import org.junit.jupiter.api.Test;

/** A rate is shown from {@code gongzhi.supervision.minimum-sample} cases on; the composite only when all its parts are. */
class MinimumSampleTest {

    private final SupervisionProperties properties = Configs.bind(SupervisionProperties.class);
    private final SupervisionService service = service(properties);

    private static SupervisionService service(SupervisionProperties properties) {
        return new SupervisionService(null, properties, null, null, null, null, null, null, null);
    }

    @Test
    void theDefaultIsFiveCases() {
        assertThat(properties.minimumSample()).isEqualTo(5);
    }

    @Test
    void oneCaseBelowTheMinimumIsInsufficientTheMinimumItselfIsShown() {
        int minimum = properties.minimumSample();
        Rate below = service.rate(minimum - 1, minimum - 1);
        assertThat(below.sufficient()).isFalse();
        assertThat(below.value()).as("the value is still carried, with its counts").isEqualTo(1.0);
        assertThat(below.part()).isEqualTo(minimum - 1);
        assertThat(below.whole()).isEqualTo(minimum - 1);
        Rate at = service.rate(1, minimum);
        assertThat(at.sufficient()).isTrue();
        assertThat(at.value()).isCloseTo(1.0 / minimum, within(1e-12));
        assertThat(service.rate(0, 0).value()).isNull();
        assertThat(service.rate(0, 0).sufficient()).isFalse();

        assertThat(service(Configs.bind(SupervisionProperties.class, "minimum-sample=1")).rate(1, 1).sufficient()).as("the minimum is configuration").isTrue();
    }

    @Test
    void theCompositeIsShownOnlyWhenEveryWeightedPartIsSufficient() {
        Rate enough = service.rate(4, 5);
        Rate few = service.rate(4, 4);
        Score all = service.composite(enough, enough, enough);
        assertThat(all.sufficient()).isTrue();
        assertThat(all.value()).isCloseTo(0.8, within(1e-12));
        assertThat(service.composite(enough, few, enough).sufficient()).isFalse();
        assertThat(service.composite(enough, service.rate(0, 0), enough).sufficient())
                .as("a part with nothing measured is not sufficient either").isFalse();
        assertThat(service(Configs.bind(SupervisionProperties.class, "resolution-weight=0"))
                .composite(enough, few, enough).sufficient()).as("a part without weight does not count")
                .isTrue();
        assertThat(service.composite(service.rate(0, 0), service.rate(0, 0), service.rate(0, 0)).value()).isNull();
    }

    @Test
    void overdueTimeReadsInWords() {
        assertThat(SupervisionService.overdueFor(2 * 1440 + 3 * 60 + 5)).isEqualTo("超期 2 天 3 小时");
        assertThat(SupervisionService.overdueFor(1440)).isEqualTo("超期 1 天");
        assertThat(SupervisionService.overdueFor(5 * 60 + 12)).isEqualTo("超期 5 小时 12 分钟");
        assertThat(SupervisionService.overdueFor(8)).isEqualTo("超期 8 分钟");
        assertThat(SupervisionService.overdueFor(0)).isEqualTo("超期不足 1 分钟");
    }
}
