package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_CHOICE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_CODE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.COMMUNITY_OPTIONS;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepRefused;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Activity_ChooseCommunity, for a starter who belongs to several villages (communities): on create, offers hers by
 * name with what she proposed; on complete, the choice must be one of those offered, and it becomes the matter's
 * {@code communityCode} for the register step that follows.
 */
@Component
class ChooseCommunityListener implements TaskListener {

    private final DeliberationStarters starters;

    ChooseCommunityListener(DeliberationStarters starters) {
        this.starters = starters;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
        String key = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        DeliberationKind kind = VillageDeliberationProcess.KEY.equals(key) ? DeliberationKind.VILLAGE
                : DeliberationKind.URBAN;
        String place = kind == DeliberationKind.VILLAGE ? "村" : "社区";
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
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
            return;
        }
        String chosen = FieldRefusals.translated(() -> FormView.chosen(task, task.getVariables(), COMMUNITY_CHOICE,
                "所在" + place, COMMUNITY_OPTIONS, true).orElseThrow().value());
        process.removeVariable(COMMUNITY_CHOICE);
        COMMUNITY_CODE.set(process, chosen);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().replaceAll("\\s*\\R\\s*", " ");
    }
}
