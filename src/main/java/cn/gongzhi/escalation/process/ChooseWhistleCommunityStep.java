package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMUNITY_CODE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMUNITY_FIELD;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMUNITY_OPTIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITIONS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITION_OPTIONS;

import cn.gongzhi.escalation.domain.Whistles;
import cn.gongzhi.petition.PetitionService.OpenPetition;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ChooseWhistleCommunity, the first step of a whistle blown by hand, assigned to whoever blew it: her
 * communities by name, and their open petitions by number and category. On completion the community must be one she
 * was offered and every petition an open one of that community (400 naming the field); the community becomes the
 * instance's {@code communityCode}.
 */
@Component
class ChooseWhistleCommunityStep implements StepHandler {

    private final WhistleCommunities communities;
    private final Whistles whistles;

    ChooseWhistleCommunityStep(WhistleCommunities communities, Whistles whistles) {
        this.communities = communities;
        this.whistles = whistles;
    }

    @Override
    public String step() {
        return "chooseWhistleCommunity";
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        Choice community = form.chosen(COMMUNITY_FIELD, "社区（村）", COMMUNITY_OPTIONS, true).orElseThrow();
        Set<String> open = whistles.openPetitions(community.value()).stream().map(OpenPetition::number)
                .collect(Collectors.toSet());
        for (Choice petition : form.chosenAll(RELATED_PETITIONS, "相关诉求", RELATED_PETITION_OPTIONS, false)) {
            if (!open.contains(petition.value())) {
                throw new InvalidFieldException(RELATED_PETITIONS, "诉求 " + petition.value() + " 不属于"
                        + community.label() + "：只能并入所选社区的诉求");
            }
        }
        COMMUNITY_CODE.set(task.getExecution(), community.value());
        task.getExecution().removeVariable(COMMUNITY_FIELD);
    }

    @Override
    public void opened(DelegateTask task) {
        List<CommunityRef> own = communities.of(Actors.starter()
                .orElseThrow(() -> new StepRefused("社区吹哨须由社区党组织成员发起")));
        FormView.offer(task, COMMUNITY_OPTIONS, own.stream().map(c -> new Choice(c.code(), c.name())).toList());
        List<Choice> petitions = new ArrayList<>();
        for (CommunityRef community : own) {
            whistles.openPetitions(community.code()).forEach(p -> petitions.add(new Choice(p.number(),
                    p.number() + " " + p.categoryName() + (own.size() > 1 ? "（" + community.name() + "）" : ""))));
        }
        FormView.offer(task, RELATED_PETITION_OPTIONS, petitions);
        if (own.size() == 1) {
            // her only community: true, and one choice fewer
            task.setVariableLocal(COMMUNITY_FIELD, own.get(0).code());
        }
        List<String> lines = new ArrayList<>();
        lines.add("#### 社区吹哨");
        lines.add("请选择吹哨的社区（村），并勾选同一事项的未办结诉求（可不选）。");
        Object reason = task.getVariable("reason");
        if (reason != null) {
            lines.add("**吹哨理由**：" + reason);
        }
        Object tried = task.getVariable("triedSoFar");
        if (tried != null) {
            lines.add("**已采取的措施**：" + tried);
        }
        FormView.summary(task, lines);
    }
}
