package cn.gongzhi.members.process;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_IdentifyRecorder: the login that started the move-away, a member of a community's Party organisation as
 * the registry records her, becomes the recorder, whose step the record is. Anyone else, or a Party organisation
 * without an active reported member, is refused and nothing is written.
 */
@Component
class IdentifyRecorderDelegate implements JavaDelegate {

    private final MoveAwayStarters starters;
    private final PartyMemberReporting reporting;

    IdentifyRecorderDelegate(MoveAwayStarters starters, PartyMemberReporting reporting) {
        this.starters = starters;
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Starter starter = Actors.starter().orElseThrow(() -> new StepRefused("党员迁出须由社区党组织成员办理"));
        List<CommunityRef> own = starters.of(starter);
        if (own.isEmpty()) {
            throw new StepRefused(starter.userId() + " 不是任何社区党组织的成员，不能办理党员迁出");
        }
        if (own.stream().allMatch(c -> reporting.activeMembers(c.code()).isEmpty())) {
            throw new StepRefused(own.stream().map(CommunityRef::name).collect(Collectors.joining("、"))
                    + "目前没有在岗的报到党员，无须办理党员迁出");
        }
        PartyMemberMoveAwayProcess.RECORDER.set(execution, starter.userId());
        CommonVariables.MATTER_CATEGORY.set(execution, "党员迁出");
    }
}
