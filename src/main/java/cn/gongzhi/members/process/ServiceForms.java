package cn.gongzhi.members.process;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.members.domain.ServiceClaim;
import cn.gongzhi.members.domain.ServiceItem;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepRefused;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the community service's steps share: the item's lines every form shows, the branch check, leaving values. */
final class ServiceForms {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> FORM_VALUES = List.of(CommunityServiceProcess.HOURS,
            CommunityServiceProcess.WORK_DONE, CommunityServiceProcess.SEND_BACK_REASON,
            CommunityServiceProcess.WISH_MET, CommunityServiceProcess.RESIDENT_NOTE,
            CommunityServiceProcess.SERVICE_CONFIRMED.name(), CommunityServiceProcess.GO_AHEAD_DECISION.name());

    private ServiceForms() {}

    /** The step is recorded: the form's values leave the process (the records keep them). */
    static void recorded(DelegateTask task) {
        FORM_VALUES.forEach(task.getExecution().getProcessInstance()::removeVariableLocal);
        FORM_VALUES.forEach(task::removeVariableLocal);
    }

    /** Only the community's Party organisation settles a member's service: checked, not only offered. */
    static String requireBranch(ServiceItem item) {
        String actor = Actors.current();
        if (Actors.starter().filter(s -> s.isIn(GroupIds.partyBranch(item.getCommunityCode()))).isEmpty()) {
            throw new StepRefused("只有本社区党组织可以确认党员的服务；" + actor + " 不是");
        }
        return actor;
    }

    /** The item's publishers decide about it: its community's Party organisation or committee. */
    static String requireBranchOrCommittee(ServiceItem item) {
        String actor = Actors.current();
        String code = item.getCommunityCode();
        if (Actors.starter().filter(s -> s.isIn(GroupIds.partyBranch(code)) || s.isIn(GroupIds.committee(code)))
                .isEmpty()) {
            throw new StepRefused("只有本社区党组织或居（村）委会可以决定这项服务；" + actor + " 不是");
        }
        return actor;
    }

    static List<String> item(ServiceItem item, int placesOpen) {
        List<String> lines = new ArrayList<>();
        lines.add("#### " + item.getKind().label() + "：" + FormView.plain(item.getTitle(), " "));
        lines.add("**服务时间**：" + WHEN.format(item.getStartsAt()) + " 至 " + WHEN.format(item.getEndsAt()));
        lines.add("**认领截止**：" + WHEN.format(item.getClaimDeadline()));
        lines.add("**名额**：" + item.getPlaces() + "（尚余 " + placesOpen + "）");
        lines.add("**服务内容**：" + FormView.plain(item.getDescription(), "；"));
        return lines;
    }

    static List<String> claim(ServiceItem item, ServiceClaim claim, String memberName) {
        List<String> lines = new ArrayList<>();
        lines.add("#### " + item.getKind().label() + "：" + FormView.plain(item.getTitle(), " "));
        lines.add("**服务时间**：" + WHEN.format(item.getStartsAt()) + " 至 " + WHEN.format(item.getEndsAt()));
        lines.add("**认领党员**：" + memberName + "（" + claim.getStatus().label() + "）");
        if (claim.getHours() != null) {
            lines.add("**服务时长**：" + claim.getHours().stripTrailingZeros().toPlainString() + " 小时");
            lines.add("**服务情况**：" + FormView.plain(claim.getWorkDone(), "；"));
        }
        if (claim.getSendBackReason() != null) {
            lines.add("**社区党组织退回意见**：" + FormView.plain(claim.getSendBackReason(), "；"));
        }
        return lines;
    }

    static List<String> resident(ServiceItem item) {
        List<String> lines = new ArrayList<>();
        lines.add("#### 微心愿：" + FormView.plain(item.getTitle(), " "));
        lines.add("**心愿内容**：" + FormView.plain(item.getDescription(), "；"));
        lines.add("**许愿居民**：" + item.getResidentName() + "，联系电话 " + Masking.phone(item.getResidentPhone()));
        lines.add("请回访居民，登记心愿是否已实现。");
        return lines;
    }
}
