package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTest {

    @ParameterizedTest(name = "{1} of {2} is at least {0}: {3}")
    @CsvSource({
            "2/3, 19, 30, false",
            "2/3, 20, 30, true",
            "4/5, 11, 15, false",
            "4/5, 12, 15, true",
            "1/3, 4, 13, false",
            "1/3, 5, 15, true",
            "1/3, 0, 0, true"})
    void atLeastIsInclusive(String ratio, long part, long whole, boolean met) {
        assertThat(Ratio.parse(ratio).isMetBy(part, whole)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{1} of {2} is more than {0}: {3}")
    @CsvSource({
            "1/2, 10, 20, false",
            "1/2, 11, 20, true",
            "1/2, 15, 31, false",
            "1/2, 16, 31, true"})
    void moreThanIsStrict(String ratio, long part, long whole, boolean exceeded) {
        assertThat(Ratio.parse(ratio).isExceededBy(part, whole)).isEqualTo(exceeded);
    }

    @ParameterizedTest
    @CsvSource({"3/2", "1/0", "half", "1/2/3"})
    void nonsenseIsRefused(String text) {
        assertThatThrownBy(() -> Ratio.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
