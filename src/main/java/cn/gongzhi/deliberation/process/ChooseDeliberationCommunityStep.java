package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_CHOICE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_CODE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_OPTIONS;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ChooseCommunity of both deliberation processes, for a starter who belongs to several villages
 * (communities): offers hers by name with what she proposed; on completion the choice must be one of those offered,
 * and it becomes the matter's {@code communityCode} for the register step that follows.
 */
@Component
class ChooseDeliberationCommunityStep implements StepHandler {

    private final DeliberationStarters starters;

    ChooseDeliberationCommunityStep(DeliberationStarters starters) {
        this.starters = starters;
    }

    @Override
    public String step() {
        return "chooseDeliberationCommunity";
    }

    @Override
    public void opened(DelegateTask task) {
        DeliberationKind kind = kindOf(task);
        String place = place(kind);
        var starter = Actors.starter().orElseThrow(() -> new StepRefused("只有发起人可以选择议事的" + place));
        List<Choice> choices = starters.communitiesOf(kind, starter).stream()
                .map(c -> new Choice(c.code(), c.name())).toList();
        FormView.offer(task, COMMUNITY_OPTIONS, choices);
        List<String> lines = new ArrayList<>();
        lines.add("#### " + (kind == DeliberationKind.VILLAGE ? "四议两公开：提议" : "居民协商议事：议题"));
        lines.add("您是多个" + place + "的党组织或居（村）民委员会成员，请选择本事项所在的" + place + "。");
        lines.add("");
        lines.add("**议题**：" + text(task.getVariable("title")));
        lines.add("");
        lines.add("**方案**：" + text(task.getVariable("plan")));
        FormView.summary(task, lines);
        task.setDescription("选择本事项所在的" + place);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        String chosen = form.chosen(COMMUNITY_CHOICE, "所在" + place(kindOf(task)), COMMUNITY_OPTIONS, true)
                .orElseThrow().value();
        DelegateExecution process = task.getExecution().getProcessInstance();
        process.removeVariable(COMMUNITY_CHOICE);
        COMMUNITY_CODE.set(process, chosen);
    }

    private static DeliberationKind kindOf(DelegateTask task) {
        String key = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return VillageDeliberationProcess.KEY.equals(key) ? DeliberationKind.VILLAGE : DeliberationKind.URBAN;
    }

    private static String place(DeliberationKind kind) {
        return kind == DeliberationKind.VILLAGE ? "村" : "社区";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().replaceAll("\\s*\\R\\s*", " ");
    }
}
