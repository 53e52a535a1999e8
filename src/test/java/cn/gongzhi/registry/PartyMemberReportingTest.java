package cn.gongzhi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.registry.PartyMemberReporting.Reportable;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.support.WithoutEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting rules of {@link PartyMemberReporting} at their boundaries, on the demo registry (each test rolls
 * back): who may report whom, one community at a time, a post or area for an active member of its own community only,
 * and moving away ending the posts. Every refusal is checked to have written nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared",
        webEnvironment = WebEnvironment.NONE)
@WithoutEngine
@Transactional
class PartyMemberReportingTest {

    @Autowired
    PartyMemberReporting reporting;

    private long zheng() {
        return reporting.reportableBy("zhengguohua").get(0).memberId();
    }

    private DutyRef vacant(String community, DutyKind kind) {
        return reporting.vacantDuties(community).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aMemberReportsHerselfAndHerUnitsContactReportsItsMembersAndNoOneElse() {
        assertThat(reporting.reportableBy("zhengguohua")).extracting(Reportable::name).containsExactly("郑国华");
        assertThat(reporting.reportableBy("jiaowei-party")).extracting(Reportable::name).containsExactly("郑国华");
        assertThat(reporting.reportableBy("yiyuan-party")).extracting(Reportable::name).containsExactly("何晓燕");
        assertThat(reporting.reportableBy("zhangwei")).isEmpty();
        assertThat(reporting.reportableBy("wangfang")).as("a member of the community itself, not in service").isEmpty();
        assertThat(reporting.reportableBy(null)).isEmpty();

        long zheng = zheng();
        assertThatThrownBy(() -> reporting.report(zheng, "heyuan", "hexiaoyan", "pi-1"))
                .isInstanceOf(StepRefused.class).hasMessageContaining("hexiaoyan 不能为该党员报到");
        assertThat(reporting.view(zheng).status()).as("nothing written").isNull();

        ReportingView byUnit = reporting.report(zheng, "heyuan", "jiaowei-party", "pi-1");
        assertThat(byUnit.status()).isEqualTo(ReportingStatus.REPORTED);
        assertThat(byUnit.communityCode()).isEqualTo("heyuan");
        assertThat(byUnit.workUnit()).isEqualTo("区教育委员会机关党委");
        assertThat(byUnit.reportedOn()).isNotNull();
    }

    @Test
    void aSecondReportingElsewhereIsRefusedWhileOneIsReportedOrActiveAndAllowedAfterMovingAway() {
        long zheng = zheng();
        reporting.report(zheng, "heyuan", "zhengguohua", "pi-1");
        // reported, not yet confirmed: another instance may not report her anywhere
        assertThatThrownBy(() -> reporting.report(zheng, "liushu", "zhengguohua", "pi-2"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("郑国华已在和园社区报到（已报到），同一时间只能在一个社区报到；请先在和园社区办理迁出");
        assertThatThrownBy(() -> reporting.report(zheng, "heyuan", "zhengguohua", "pi-2"))
                .as("not twice in the same community either").isInstanceOf(InvalidFieldException.class);
        assertThat(reporting.view(zheng).communityCode()).as("nothing written").isEqualTo("heyuan");
        // her own instance, after a send-back, may correct the community
        assertThat(reporting.report(zheng, "liushu", "zhengguohua", "pi-1").communityCode()).isEqualTo("liushu");
        reporting.report(zheng, "heyuan", "zhengguohua", "pi-1");

        reporting.confirm(zheng, DutyKind.PIONEER_POST, vacant("heyuan", DutyKind.PIONEER_POST).id());
        assertThatThrownBy(() -> reporting.report(zheng, "liushu", "zhengguohua", "pi-2"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("已在和园社区报到（在岗）");

        reporting.moveAway(zheng, "迁居柳树村");
        ReportingView again = reporting.report(zheng, "liushu", "zhengguohua", "pi-2");
        assertThat(again.status()).isEqualTo(ReportingStatus.REPORTED);
        assertThat(again.communityName()).isEqualTo("柳树村");
    }

    @Test
    void aPostOrAreaNeedsAnActiveMemberOfItsOwnCommunity() {
        long zheng = zheng();
        DutyRef heyuanArea = vacant("heyuan", DutyKind.RESPONSIBILITY_AREA);
        DutyRef liushuPost = vacant("liushu", DutyKind.PIONEER_POST);
        assertThatThrownBy(() -> reporting.assign(DutyKind.RESPONSIBILITY_AREA, heyuanArea.id(), zheng))
                .as("not reported").isInstanceOf(InvalidFieldException.class).hasMessageContaining("状态为未报到");
        reporting.report(zheng, "heyuan", "zhengguohua", "pi-1");
        assertThatThrownBy(() -> reporting.assign(DutyKind.RESPONSIBILITY_AREA, heyuanArea.id(), zheng))
                .as("reported, not yet active").isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("状态为已报到");
        assertThatThrownBy(() -> reporting.confirm(zheng, DutyKind.PIONEER_POST, liushuPost.id()))
                .as("another community's post").isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("只能由柳树村的在岗党员担任");
        assertThat(reporting.view(zheng).status()).as("nothing written").isEqualTo(ReportingStatus.REPORTED);

        reporting.confirm(zheng, DutyKind.RESPONSIBILITY_AREA, heyuanArea.id());
        assertThat(reporting.view(zheng).status()).isEqualTo(ReportingStatus.ACTIVE);
        assertThat(reporting.duties("heyuan")).filteredOn(d -> d.id() == heyuanArea.id()
                && d.kind() == DutyKind.RESPONSIBILITY_AREA).extracting(DutyRef::holderMemberId).containsExactly(zheng);
        // an active member of the community may take a second post; one already held by her is hers again
        reporting.assign(DutyKind.RESPONSIBILITY_AREA, heyuanArea.id(), zheng);

        long he = reporting.reportableBy("hexiaoyan").get(0).memberId();
        reporting.report(he, "heyuan", "hexiaoyan", "pi-3");
        assertThatThrownBy(() -> reporting.confirm(he, DutyKind.RESPONSIBILITY_AREA, heyuanArea.id()))
                .as("held by another").isInstanceOf(InvalidFieldException.class).hasMessageContaining("已由郑国华担任");
        assertThat(reporting.view(he).status()).as("nothing written").isEqualTo(ReportingStatus.REPORTED);
    }

    @Test
    void movingAwayEndsHerPostsAndOnlyAnOpenReportingEnds() {
        long zheng = zheng();
        assertThatThrownBy(() -> reporting.moveAway(zheng, "迁居")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("无须办理迁出");
        reporting.report(zheng, "heyuan", "zhengguohua", "pi-1");
        assertThat(reporting.activeMembers("heyuan")).as("reported, not yet active: not offered for moving away")
                .extracting(Reportable::memberId).doesNotContain(zheng);
        DutyRef post = vacant("heyuan", DutyKind.PIONEER_POST);
        reporting.confirm(zheng, DutyKind.PIONEER_POST, post.id());
        assertThat(reporting.activeMembers("heyuan")).extracting(Reportable::name).containsExactly("郑国华");
        assertThat(reporting.activeMembers("liushu")).as("active in her own community only").isEmpty();
        assertThat(reporting.activeMembers("nowhere")).isEmpty();
        DutyRef area = vacant("heyuan", DutyKind.RESPONSIBILITY_AREA);
        reporting.assign(DutyKind.RESPONSIBILITY_AREA, area.id(), zheng);
        assertThat(reporting.view(zheng).duties()).hasSize(2);

        ReportingView moved = reporting.moveAway(zheng, "组织关系转出");
        assertThat(moved.status()).isEqualTo(ReportingStatus.MOVED_AWAY);
        assertThat(moved.note()).isEqualTo("组织关系转出");
        assertThat(moved.duties()).isEmpty();
        assertThat(reporting.vacantDuties("heyuan")).extracting(DutyRef::id).contains(post.id(), area.id());
        assertThat(reporting.activeMembers("heyuan")).extracting(Reportable::memberId).doesNotContain(zheng);
        assertThatThrownBy(() -> reporting.moveAway(zheng, "再次迁出")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void onlyAReportedMemberIsConfirmedOrSentBack() {
        long zheng = zheng();
        DutyRef post = vacant("heyuan", DutyKind.PIONEER_POST);
        assertThatThrownBy(() -> reporting.confirm(zheng, DutyKind.PIONEER_POST, post.id()))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("只有已报到待确认的党员可以确认");
        assertThatThrownBy(() -> reporting.sendBack(zheng, "请补充")).isInstanceOf(InvalidFieldException.class);
        reporting.report(zheng, "heyuan", "zhengguohua", "pi-1");
        ReportingView back = reporting.sendBack(zheng, "请补充居住楼栋");
        assertThat(back.status()).isEqualTo(ReportingStatus.REPORTED);
        assertThat(back.note()).isEqualTo("请补充居住楼栋");
        assertThat(reporting.report(zheng, "heyuan", "zhengguohua", "pi-1").note()).as("answered").isNull();
    }
}
