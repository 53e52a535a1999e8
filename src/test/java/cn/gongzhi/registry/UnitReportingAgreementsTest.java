package cn.gongzhi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.registry.UnitReportingAgreements.AgreementView;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.support.WithoutEngine;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit reporting rules of {@link UnitReportingAgreements} at their boundaries, on the demo registry (区教育委员会机关党委
 * has an agreement in force with 和园社区; each test rolls back).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared",
        webEnvironment = WebEnvironment.NONE)
@WithoutEngine
@Transactional
class UnitReportingAgreementsTest {

    @Autowired
    UnitReportingAgreements agreements;

    @Autowired
    Clock clock;

    private long education() {
        return agreements.orgOf("jiaowei-party").orElseThrow();
    }

    @Test
    void onlyTheUnitsContactReportsIt() {
        assertThat(agreements.orgOf("zhengguohua")).isEmpty();
        assertThat(agreements.orgOf(null)).isEmpty();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> agreements.propose(education(), "liushu", "场地", today, today.plusYears(1),
                "yiyuan-party", "pi-1")).isInstanceOf(StepRefused.class).hasMessageContaining("yiyuan-party 不是");
    }

    @Test
    void oneAgreementPerUnitAndCommunityAtATime() {
        LocalDate today = LocalDate.now(clock);
        long org = education();
        assertThatThrownBy(() -> agreements.propose(org, "heyuan", "场地", today, today.plusYears(1),
                "jiaowei-party", "pi-1")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("本单位已在和园社区报到，共建协议有效期至 2027-02-28；期满后再行报到");

        AgreementView proposed = agreements.propose(org, "liushu", "周末开放学校操场", today, today.plusYears(1),
                "jiaowei-party", "pi-1");
        assertThat(proposed.status()).isEqualTo("PROPOSED");
        assertThat(proposed.contactPhone()).as("masked").isEqualTo("139****0001");
        assertThatThrownBy(() -> agreements.propose(org, "liushu", "场地", today, today.plusYears(1),
                "jiaowei-party", "pi-2")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("正在等待社区党组织确认");
        // its own instance corrects it after a send-back
        agreements.sendBack(proposed.id(), "请写明开放时段");
        assertThat(agreements.propose(org, "liushu", "周六开放操场", today, today.plusYears(1), "jiaowei-party",
                "pi-1").resourcesOffered()).isEqualTo("周六开放操场");

        agreements.confirm(proposed.id());
        assertThat(agreements.view(proposed.id()).status()).isEqualTo("IN_FORCE");
        assertThatThrownBy(() -> agreements.confirm(proposed.id())).isInstanceOf(InvalidFieldException.class);
        assertThat(agreements.endsOn(proposed.id())).isEqualTo(today.plusYears(1).plusDays(1));
        agreements.end(proposed.id());
        assertThat(agreements.propose(org, "liushu", "新一期共建", today, today.plusYears(2), "jiaowei-party",
                "pi-3").status()).as("after the term, the unit reports anew").isEqualTo("PROPOSED");
    }

    @Test
    void theTermEndsAfterItStartsAndNotInThePast() {
        LocalDate today = LocalDate.now(clock);
        long org = education();
        assertThatThrownBy(() -> agreements.propose(org, "liushu", "场地", today, today, "jiaowei-party", "pi-1"))
                .isInstanceOf(InvalidFieldException.class).hasMessage("协议终止日期须晚于起始日期");
        assertThatThrownBy(() -> agreements.propose(org, "liushu", "场地", today.minusYears(1),
                today.minusDays(1), "jiaowei-party", "pi-1")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("已经过去");
        assertThat(agreements.propose(org, "liushu", "场地", today.minusDays(1), today, "jiaowei-party", "pi-1")
                .termEnd()).as("ending today is allowed").isEqualTo(today);
    }
}
