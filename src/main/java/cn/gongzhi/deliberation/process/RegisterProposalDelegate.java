package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_CODE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_KNOWN;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DELIBERATION_ID;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DELIBERATION_KIND;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DELIBERATION_NUMBER;
import static cn.gongzhi.deliberation.process.DeliberationVariables.ONE_SHOULDER;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PROPOSER;
import static cn.gongzhi.deliberation.process.DeliberationVariables.RESOLUTION_BODY;
import static cn.gongzhi.deliberation.process.DeliberationVariables.START_FORM_TEXT;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.DeliberationRecords.Motion;
import cn.gongzhi.deliberation.domain.DeliberationRecords.Proposal;
import cn.gongzhi.deliberation.domain.DeliberationRecords.Registered;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepRefused;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterProposal (village) and Activity_RegisterTopic (urban), told which by the input parameter
 * {@code deliberationKind}. The village (community) follows from who started: the one she belongs to. Where she
 * belongs to several, nothing is recorded yet: {@code communityKnown} is false and the next step, assigned to her,
 * offers hers by name; the step runs again with her choice. Then it records the start form; a villagers' motion below
 * the initiation threshold refuses the start with the reason.
 */
@Component
class RegisterProposalDelegate implements JavaDelegate {

    /** The most supporters a motion form takes; the village's own count of villagers or representatives bounds it. */
    static final int MOTION_SUPPORTERS_MAX = 100_000;

    private final DeliberationRecords records;
    private final DeliberationStarters starters;

    RegisterProposalDelegate(DeliberationRecords records, DeliberationStarters starters) {
        this.records = records;
        this.starters = starters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeliberationKind kind = DeliberationKind.valueOf(DELIBERATION_KIND.required(execution));
        String communityCode = COMMUNITY_CODE.get(execution);
        if (communityCode == null) {
            var starter = Actors.starter().orElseThrow(
                    () -> new StepRefused("议事事项须由本村（社区）党组织或居（村）民委员会成员发起"));
            List<CommunityRef> own = starters.communitiesOf(kind, starter);
            if (own.isEmpty()) {
                throw new StepRefused(starter.userId() + " 不是任何" + (kind == DeliberationKind.VILLAGE ? "村" : "城市社区")
                        + "的党组织或居（村）民委员会成员，不能发起");
            }
            if (own.size() > 1) {
                PROPOSER.set(execution, starter.userId());
                COMMUNITY_KNOWN.set(execution, false);
                return;
            }
            communityCode = own.get(0).code();
        }
        Object title = execution.getVariable("title");
        String community = communityCode;
        Registered deliberation = FieldRefusals.translated(() -> records.register(kind, community,
                proposal(kind, FormInput.of(execution.getVariables())), Actors.current(),
                execution.getProcessInstanceId()));
        START_FORM_TEXT.forEach(execution::removeVariable);
        PROPOSER.remove(execution);
        execution.setProcessBusinessKey(deliberation.number());
        DELIBERATION_ID.set(execution, deliberation.deliberationId());
        DELIBERATION_NUMBER.set(execution, deliberation.number());
        COMMUNITY_CODE.set(execution, deliberation.communityCode());
        COMMUNITY_KNOWN.set(execution, true);
        CommonVariables.MATTER_NUMBER.set(execution, deliberation.number());
        CommonVariables.MATTER_CATEGORY.set(execution,
                kind == DeliberationKind.VILLAGE ? "四议两公开" : "居民协商议事");
        CommonVariables.MATTER_PLACE.set(execution, deliberation.communityName());
        CommonVariables.MATTER_SUMMARY.set(execution, Masking.oneLine(title == null ? null : title.toString(), 40));
        RESOLUTION_BODY.set(execution, deliberation.resolutionBody());
        ONE_SHOULDER.set(execution, deliberation.oneShoulder());
    }

    /**
     * The start form, read whole: the title (short enough for the notices' titles), the plan, how the matter was
     * raised and which body resolves it; a villagers' motion also says who signed it and how many.
     */
    static Proposal proposal(DeliberationKind kind, FormInput form) {
        // the notices put 决议公开： or 实施结果公开： before the title, in a column of 200
        String title = form.text("title", "请填写议题名称", Disclosures.DELIBERATION_TITLE_MAX);
        String plan = form.note("plan", "请填写方案内容");
        if (kind == DeliberationKind.VILLAGE) {
            String origin = form.oneOf("origin", "请选择提议方式：党支部提议或村民联名提议",
                    DeliberationRecords.PARTY_BRANCH, DeliberationRecords.VILLAGERS_MOTION);
            AssemblyBody body = AssemblyBody.valueOf(form.oneOf(RESOLUTION_BODY.name(), "请选择决议机构：村民会议或村民代表会议",
                    AssemblyBody.VILLAGERS_ASSEMBLY.name(), AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY.name()));
            Motion motion = null;
            if (DeliberationRecords.VILLAGERS_MOTION.equals(origin)) {
                String basis = form.oneOf("motionBasis", "请选择联名依据：村民或村民代表", "VILLAGERS", "REPRESENTATIVES");
                motion = new Motion("VILLAGERS".equals(basis),
                        form.count("motionSupporters", "请填写联名人数", 1, MOTION_SUPPORTERS_MAX));
            }
            return new Proposal(title, plan, origin, body, motion);
        }
        String source = form.oneOf("topicSource", "请选择议题来源", "RESIDENTS", "GRID_WORKERS", "RECURRING_PETITIONS");
        AssemblyBody body = AssemblyBody.valueOf(form.oneOf(RESOLUTION_BODY.name(), "请选择决定机构：居民会议或居民代表会议",
                AssemblyBody.RESIDENTS_ASSEMBLY.name(), AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY.name()));
        return new Proposal(title, plan, source, body, null);
    }
}
