package cn.gongzhi.shared.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a contract says its records keep are fields of its forms: a stray name is a slip, refused when it is built. */
class ProcessContractTest {

    @Test
    void aRecordedFieldMustBeAFieldOfOneOfItsForms() {
        ProcessContract contract = ProcessContract.of("Matter").startForm("Start", "title")
                .form("Activity_Hold", "heldOn", "votesFor").recorded(Set.of("title", "heldOn")).build();
        assertThat(contract.recorded()).containsExactlyInAnyOrder("title", "heldOn");

        assertThatThrownBy(() -> ProcessContract.of("Matter").startForm("Start", "title")
                .form("Activity_Hold", "heldOn").recorded(Set.of("title", "minutes")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("minutes")
                .hasMessageNotContaining("title");
    }
}
