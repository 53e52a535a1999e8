package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMUNITY_CODE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMUNITY_KNOWN;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.WHISTLE_BLOWER;

import cn.gongzhi.escalation.domain.Whistles;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_IdentifyWhistleCommunity: a whistle blown by hand is for the community of the Party organisation that
 * blows it. When the starter belongs to exactly one and it has no open petition the whistle could take up, that is the
 * community; otherwise her first step ({@code Activity_ChooseWhistleCommunity}) offers her communities and their open
 * petitions by name. Nobody types a community code.
 */
@Component
class IdentifyWhistleCommunityDelegate implements JavaDelegate {

    private final WhistleCommunities communities;
    private final Whistles whistles;

    IdentifyWhistleCommunityDelegate(WhistleCommunities communities, Whistles whistles) {
        this.communities = communities;
        this.whistles = whistles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (COMMUNITY_CODE.get(execution) != null) {
            // started by the engine's own code with its community (a test, a migration): nothing to choose
            COMMUNITY_KNOWN.set(execution, true);
            return;
        }
        FieldRefusals.translated(() -> whistles.requireCategory(JointMeetingEscalationProcess.CATEGORY.get(execution)));
        Starter starter = Actors.starter().orElseThrow(() -> new StepRefused("社区吹哨须由社区党组织成员发起"));
        List<CommunityRef> own = communities.of(starter);
        if (own.isEmpty()) {
            throw new StepRefused(starter.userId() + " 不是任何社区党组织的成员，不能吹哨");
        }
        WHISTLE_BLOWER.set(execution, starter.userId());
        boolean known = own.size() == 1 && whistles.openPetitions(own.get(0).code()).isEmpty();
        if (known) {
            COMMUNITY_CODE.set(execution, own.get(0).code());
        }
        COMMUNITY_KNOWN.set(execution, known);
    }
}
