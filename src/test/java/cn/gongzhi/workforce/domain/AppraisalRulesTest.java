package cn.gongzhi.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.GradeChangeReason;
import cn.gongzhi.registry.WorkerAppraisals;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import cn.gongzhi.registry.WorkerChanges;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.support.Configs;
import cn.gongzhi.workforce.domain.AppraisalSheet.Ruling;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The appraisal's rules at their boundaries, the records mocked: the self-report's length and author, who proposes
 * and who decides (the decider differs from the proposer, nobody her own), a year not yet begun, the objection window
 * to the minute, a changed ruling that changes nothing, and what the final result writes to the registry.
 */
class AppraisalRulesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 20, 10, 0);
    private final AppraisalRoundRepository rounds = mock(AppraisalRoundRepository.class);
    private final AppraisalSheetRepository sheets = mock(AppraisalSheetRepository.class);
    private final WorkerAppraisals workers = mock(WorkerAppraisals.class);
    private final WorkerChanges changes = mock(WorkerChanges.class);
    private final GradeSteps steps = mock(GradeSteps.class);
    private final Clock clock = Clock.fixed(NOW.atZone(CHINA).toInstant(), CHINA);
    private final Appraisee liuyang = new Appraisee(5L, "liuyang", "刘洋", "heyuan", "qinghe", WorkerPost.STAFF, 8);
    private final AppraisalSheet sheet = new AppraisalSheet(1L, 5L);
    private final AppraisalRound round = new AppraisalRound("qinghe", 2026, "gaojian", Instant.EPOCH);
    private AnnualAppraisals appraisals;
    private AppraisalSettlement settlement;

    @BeforeEach
    void wire() {
        AppraisalProperties properties = Configs.bind(AppraisalProperties.class);
        AppraisalPeople people = new AppraisalPeople(workers);
        appraisals = new AnnualAppraisals(rounds, sheets, workers, people, mock(AppraisalCounting.class), properties,
                clock);
        settlement = new AppraisalSettlement(appraisals, workers, changes, people, steps, properties, clock);
        when(sheets.findById(1L)).thenReturn(Optional.of(sheet));
        when(rounds.findById(any())).thenReturn(Optional.of(round));
        when(workers.worker(5L)).thenReturn(liuyang);
        when(workers.proposers(5L)).thenReturn(List.of("chenjing"));
        when(workers.streetOffice("qinghe")).thenReturn(List.of("gaojian", "linxiao"));
        when(workers.mayAppraise(anyString(), anyLong())).thenReturn(true);
        when(workers.mayPropose("chenjing", 5L)).thenReturn(true);
    }

    @Test
    void theSelfReportIsHersAndWithinItsLength() {
        assertThatThrownBy(() -> appraisals.selfReport(1L, "一".repeat(19), "liuyang"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("selfReport"));
        appraisals.selfReport(1L, "一".repeat(20), "liuyang");
        assertThat(sheet.getSelfReport()).hasSize(20);
        assertThatThrownBy(() -> appraisals.selfReport(1L, "一".repeat(2001), "liuyang"))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> appraisals.selfReport(1L, "一".repeat(30), "zhangwei")).isInstanceOf(StepRefused.class);
    }

    @Test
    void theHeadProposesAndTheStreetOfficeButNotTheProposerDecides() {
        assertThatThrownBy(() -> appraisals.propose(1L, AppraisalResult.EXCELLENT, null, "gaojian"))
                .isInstanceOf(StepRefused.class);
        appraisals.propose(1L, AppraisalResult.EXCELLENT, "扎实", "chenjing");
        assertThatThrownBy(() -> appraisals.decide(1L, AppraisalResult.EXCELLENT, null, "chenjing"))
                .isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> appraisals.decide(1L, AppraisalResult.EXCELLENT, null, "liuyang"))
                .isInstanceOf(StepRefused.class);
        appraisals.decide(1L, AppraisalResult.EXCELLENT, null, "linxiao");
        assertThat(sheet.getDecidedBy()).isEqualTo("linxiao");
    }

    @Test
    void aHeadsOwnSheetIsProposedByTheStreetOfficeAndDecidedByAnotherMember() {
        when(workers.proposers(5L)).thenReturn(List.of());
        appraisals.propose(1L, AppraisalResult.COMPETENT, null, "gaojian");
        assertThatThrownBy(() -> appraisals.decide(1L, AppraisalResult.COMPETENT, null, "gaojian"))
                .isInstanceOf(StepRefused.class);
        appraisals.decide(1L, AppraisalResult.COMPETENT, null, "linxiao");
        when(steps.after(any(), any(), anyInt(), any(), any())).thenReturn(Optional.empty());
        settlement.finalise(1L);
        verify(changes).appraise(5L, 2026, AppraisalResult.COMPETENT, null, "linxiao");
        verify(changes, never()).changeGrade(anyLong(), any(), anyInt(), any(), any(), anyString());
    }

    @Test
    void aYearNotYetBegunIsRefused() {
        assertThatThrownBy(() -> appraisals.open("qinghe", 2027, "gaojian"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field())
                        .isEqualTo("appraisalYear"));
    }

    @Test
    void anObjectionIsHersAndOnlyWithinTheWindow() {
        round.published(Instant.EPOCH, NOW.plusMinutes(1));
        assertThatThrownBy(() -> settlement.object(1L, "请复核", "zhangwei")).isInstanceOf(StepRefused.class);
        settlement.object(1L, "请复核", "liuyang");
        assertThat(sheet.getObjection()).isEqualTo("请复核");
        round.published(Instant.EPOCH, NOW);
        assertThatThrownBy(() -> settlement.object(1L, "请复核", "liuyang"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("objection"));
    }

    @Test
    void aChangedRulingMustChangeTheResultAndTheChangedResultBecomesFinalWithItsStep() {
        appraisals.propose(1L, AppraisalResult.COMPETENT, null, "chenjing");
        appraisals.decide(1L, AppraisalResult.COMPETENT, null, "linxiao");
        assertThatThrownBy(() -> settlement.rule(1L, Ruling.CHANGED, AppraisalResult.COMPETENT, "复核", "gaojian"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field())
                        .isEqualTo("changedResult"));
        assertThatThrownBy(() -> settlement.rule(1L, Ruling.UPHELD, null, "复核", "liuyang"))
                .isInstanceOf(StepRefused.class);
        settlement.rule(1L, Ruling.CHANGED, AppraisalResult.EXCELLENT, "复核后改为优秀", "gaojian");
        when(workers.gradeSince(5L)).thenReturn(Optional.of(LocalDate.of(2025, 1, 1)));
        when(steps.after(AppraisalResult.EXCELLENT, WorkerPost.STAFF, 8, LocalDate.of(2025, 1, 1), NOW.toLocalDate()))
                .thenReturn(Optional.of(new GradeSteps.Step(9, GradeChangeReason.APPRAISAL)));
        assertThat(settlement.finalise(1L)).isEqualTo(AppraisalResult.EXCELLENT);
        verify(changes).appraise(5L, 2026, AppraisalResult.EXCELLENT, "chenjing", "gaojian");
        verify(changes).changeGrade(5L, null, 9, NOW.toLocalDate(), GradeChangeReason.APPRAISAL, "gaojian");
        assertThat(sheet.getGradeTo()).isEqualTo(9);
    }
}
