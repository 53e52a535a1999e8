package cn.gongzhi.identity;

import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormFieldKinds;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.Starter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Long because it is one gate with one rule per kind of engine command (the list below), a table of the commands a
 * person may send: the rules share the facts of the command they look at (its task, its process, the process's
 * contract), and a command left out of the table would pass unchecked, so the whole table stays in one place.
 * <p>
 * The engine's own gate for everything a person asks of it: every command a logged-in user sends through the engine
 * REST API or the webapps (Tasklist, Cockpit, Admin) passes here before it runs, whatever API it came through. A
 * command our own code runs (a service starting a petition it has just recorded, a delegate correlating a message,
 * the job executor) carries no user and is not checked: the engine's own code is trusted, and every model it runs was
 * checked when it was deployed ({@link DeploymentPolicy}).
 *
 * <ul>
 *   <li><b>Variables</b>: a variable one of our {@link ProcessContract}s declares the system's (a record id, the
 *       community, a department, an assignee, a due date, a routing value) is refused, 403 naming it, whoever asks and
 *       however (start, task completion, form submission, task, execution or instance variables, local or not,
 *       removal, batches). A start or task form may submit the fields its contract lists and nothing else (400).</li>
 *   <li><b>Starts</b>: a process of ours starts only at its start event, with no business key of the caller's, and
 *       only when its contract's start rule accepts the starter for the community the instance is for; a process
 *       without a start rule (one that is only ever called) is refused.</li>
 *   <li><b>Messages, signals and conditions</b> come only from the processes themselves: refused from outside.</li>
 *   <li><b>Moving tokens</b> (instance modification, restart, starting in the middle) would skip the steps of a
 *       procedure: refused.</li>
 *   <li><b>Tasks</b> are worked (claimed, completed, their form submitted) only by the people they are for: the one who
 *       holds the task or a member of one of its candidate groups. They change hands only among those people: a
 *       claim by oneself, giving it back, or handing it to another member of one of its candidate groups; its
 *       candidates, owner and due date are the procedure's.</li>
 *   <li><b>Models</b> are deleted with their running instances (cascade) only by an administrator: a designer
 *       retires a model, she does not erase the cases running on it.</li>
 *   <li><b>Logins</b>: nobody deletes her own login or changes her own groups.</li>
 *   <li><b>Text</b> a person submits (a start or task form, task or instance variables) enters the engine with every
 *       phone and ID number masked ({@link Masking#text}), except a petitioner's contact fields
 *       ({@link FormFieldKinds.Kind#CONTACT}), which the intake moves into the petition's record at once.</li>
 * </ul>
 * Camunda's administrators are held to the same rules: the rules are the procedure's, not a permission.
 */
@Component
class EngineCommandGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ProcessContract> contractBeans;
    private final FormFieldKinds kinds;
    private volatile Map<String, ProcessContract> contracts;
    private volatile Set<String> systemVariables;

    EngineCommandGuard(ObjectProvider<ProcessContract> contractBeans, FormFieldKinds kinds) {
        this.contractBeans = contractBeans;
        this.kinds = kinds;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // after the command context is opened: the checks read through it, in the command's own transaction, and
        // a refusal rolls the command back (Camunda logs it at DEBUG, as its own authorization failures)
        configuration.setCustomPostCommandInterceptorsTxRequired(with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new Gate()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(with(
                configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Gate()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor gate) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(gate);
        return interceptors;
    }

    /** How deep in commands this thread is: only the outermost command is a person's; nested ones are the engine's. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** Checks a command before it runs, when a person sent it; a nested command is the engine's own. */
    private final class Gate extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            if (depth[0] == 0) {
                Optional<Starter> person = Actors.of(Context.getCommandContext().getAuthentication());
                if (person.isPresent()) {
                    check(command, person.get());
                    maskOnEntry(command);
                }
            }
            depth[0]++;
            try {
                return next.execute(command);
            } finally {
                depth[0]--;
            }
        }
    }

    void check(Command<?> command, Starter user) {
        if (command instanceof StartProcessInstanceCmd start) {
            ProcessInstantiationBuilderImpl builder = field(start, "instantiationBuilder");
            start(user, definition(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey()),
                    builder.getBusinessKey(), builder.getVariables());
        } else if (command instanceof SubmitStartFormCmd submit) {
            start(user, definition(field(submit, "processDefinitionId"), null), field(submit, "businessKey"),
                    field(submit, "variables"));
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            throw refused("流程只能从开始事件发起，不能从中间某一步开始：每一步都须按流程办理");
        } else if (command instanceof SubmitTaskFormCmd submit) {
            TaskFacts task = task(field(submit, "taskId"));
            worksOn(user, task);
            taskVariables(task, names(field(submit, "properties")));
        } else if (command instanceof CompleteTaskCmd complete) {
            TaskFacts task = task(field(complete, "taskId"));
            worksOn(user, task);
            taskVariables(task, names(field(complete, "variables")));
        } else if (command instanceof ClaimTaskCmd claim) {
            TaskFacts task = task(field(claim, "taskId"));
            worksOn(user, task);
            handOver(user, task, field(claim, "userId"));
        } else if (command instanceof SetTaskVariablesCmd set) {
            taskVariables(task(field(set, "entityId")), names(field(set, "variables")));
        } else if (command instanceof PatchTaskVariablesCmd patch) {
            taskVariables(task(field(patch, "entityId")), union(names(field(patch, "variables")),
                    field(patch, "deletions")));
        } else if (command instanceof RemoveTaskVariablesCmd remove) {
            taskVariables(task(field(remove, "entityId")), field(remove, "variableNames"));
        } else if (command instanceof AbstractSetVariableCmd) {
            // execution and instance variables (task variables are checked above, against the task's form)
            noSystemVariables(names(field(command, "variables")));
        } else if (command instanceof AbstractPatchVariablesCmd) {
            noSystemVariables(union(names(field(command, "variables")), field(command, "deletions")));
        } else if (command instanceof AbstractRemoveVariableCmd) {
            noSystemVariables(field(command, "variableNames"));
        } else if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
            noSystemVariables(names(field(command, "variables")));
        } else if (command instanceof CompleteExternalTaskCmd) {
            noSystemVariables(union(names(field(command, "variables")), names(field(command, "localVariables"))));
        } else if (command instanceof HandleExternalTaskBpmnErrorCmd) {
            noSystemVariables(names(field(command, "variables")));
        } else if (command instanceof AbstractCorrelateMessageCmd || command instanceof CorrelateAllMessageBatchCmd) {
            throw refused("消息只能由流程自身发出（例如诉求提请吹哨、吹哨办结回复诉求），不能从外部关联；"
                    + "居民对公告的异议请在公开栏提出");
        } else if (command instanceof SignalEventReceivedCmd || command instanceof SignalCmd) {
            throw refused("信号只能由流程自身发出，不能从外部发送");
        } else if (command instanceof EvaluateStartConditionCmd) {
            throw refused("条件启动只能由流程自身触发，不能从外部评估");
        } else if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
                || command instanceof AbstractModificationCmd<?> || command instanceof AbstractRestartProcessInstanceCmd<?>) {
            throw refused("不能移动、重启或从中间修改流程实例：每一步都须按流程办理");
        } else if (command instanceof MigrateProcessInstanceCmd migrate) {
            migration(migrate);
        } else if (command instanceof AssignTaskCmd assign) {
            handOver(user, task(field(assign, "taskId")), field(assign, "userId"));
        } else if (command instanceof DelegateTaskCmd delegate) {
            handOver(user, task(field(delegate, "taskId")), field(delegate, "userId"));
        } else if (command instanceof SetTaskOwnerCmd) {
            throw refused("任务的所有人由流程决定，不能更改");
        } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteUserIdentityLinkCmd
                || command instanceof DeleteGroupIdentityLinkCmd) {
            throw refused("任务的候选人和候选组由流程决定，不能更改");
        } else if (command instanceof SaveTaskCmd save) {
            saveTask(field(save, "task"));
        } else if (command instanceof DeleteDeploymentCmd && Boolean.TRUE.equals(field(command, "cascade"))
                || command instanceof AbstractDeleteProcessDefinitionCmd && Boolean.TRUE.equals(field(command, "cascade"))
                || command instanceof DeleteProcessDefinitionsByIdsCmd
                        && Boolean.TRUE.equals(field(command, "cascadeToInstances"))) {
            if (!user.isAdmin()) {
                throw refused("删除模型时不能一并删除正在办理的事项：模型只能在没有运行中的实例时删除，或由系统管理员处理");
            }
        } else if (command instanceof DeleteUserCmd delete) {
            if (user.userId().equals(field(delete, "userId"))) {
                throw refused("不能删除自己的账号：账号由系统管理员根据社区登记维护");
            }
        } else if (command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd) {
            if (user.userId().equals(field(command, "userId"))) {
                throw refused("不能更改自己所在的组：组成员由社区登记决定，或由另一位系统管理员调整");
            }
        }
    }

    // --- text on its way in

    /** Masks the phone and ID numbers in the text values a person's command carries, before the engine stores them. */
    void maskOnEntry(Command<?> command) {
        Map<String, Object> variables = command instanceof StartProcessInstanceCmd start
                ? ((ProcessInstantiationBuilderImpl) field(start, "instantiationBuilder")).getVariables()
                : command instanceof SubmitTaskFormCmd ? field(command, "properties")
                : command instanceof SubmitStartFormCmd || command instanceof CompleteTaskCmd
                        || command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
                        || command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                        ? field(command, "variables") : null;
        if (variables == null) {
            return;
        }
        for (String name : List.copyOf(variables.keySet())) {
            if (kinds.kindOf(name) != FormFieldKinds.Kind.CONTACT) {
                // typed, so that a serialized value is not deserialized to be looked at (the form checks refuse it)
                Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
                Object masked = masked(value);
                if (masked != value) {
                    variables.put(name, masked);
                }
            }
        }
    }

    private static Object masked(Object value) {
        if (value instanceof String text) {
            String masked = Masking.text(text);
            return masked.equals(text) ? value : masked;
        }
        if (value instanceof StringValue typed && typed.getValue() != null) {
            String masked = Masking.text(typed.getValue());
            return masked.equals(typed.getValue()) ? value : Variables.stringValue(masked, typed.isTransient());
        }
        return value;
    }

    // --- starts

    private void start(Starter user, ProcessDefinitionEntity definition, String businessKey, Map<String, ?> variables) {
        ProcessContract contract = contracts().get(definition.getKey());
        Set<String> names = names(variables);
        if (contract == null) {
            noSystemVariables(names);
            return;
        }
        String name = definition.getName() == null ? definition.getKey() : definition.getName();
        if (contract.startRule() == null) {
            throw refused("“" + name + "”只能由其他流程调用或由流程自身发起，不能单独发起");
        }
        Map<String, Object> values = new HashMap<>();
        if (variables != null) {
            variables.forEach((key, value) -> values.put(key, value instanceof TypedValue typed ? typed.getValue()
                    : value));
        }
        contract.startRule().refusal(user, values).ifPresent(reason -> {
            throw refused(reason);
        });
        if (businessKey != null && !businessKey.isBlank()) {
            throw new BadUserRequestException("“" + name + "”的业务编号由系统登记时生成，发起时不能指定（businessKey）");
        }
        onlyFormFields(contract, contract.startEvent(), "“" + name + "”的发起表单", names);
    }

    private ProcessDefinitionEntity definition(String id, String key) {
        ProcessDefinitionEntity definition;
        try {
            definition = inEngine(context -> id != null
                    ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(id)
                    : context.getProcessEngineConfiguration().getDeploymentCache()
                            .findDeployedLatestProcessDefinitionByKey(key));
        } catch (ProcessEngineException missing) {
            definition = null;
        }
        if (definition == null) {
            throw new NotFoundException("没有找到流程定义 " + (id != null ? id : key));
        }
        return definition;
    }

    // --- variables

    private void taskVariables(TaskFacts task, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        ProcessContract contract = task == null ? null : contracts().get(task.processKey());
        if (contract == null) {
            noSystemVariables(names);
            return;
        }
        onlyFormFields(contract, task.taskKey(), "本步骤的表单", names);
    }

    private void onlyFormFields(ProcessContract contract, String element, String form, Collection<String> names) {
        Set<String> fields = contract.formFields(element);
        List<String> outside = names.stream().filter(name -> !fields.contains(name)).sorted().toList();
        noSystemVariables(outside);
        if (!outside.isEmpty()) {
            throw new BadUserRequestException(form + "没有字段“" + String.join("”“", outside)
                    + "”：只能提交表单上的字段");
        }
    }

    private void noSystemVariables(Collection<String> names) {
        List<String> system = names.stream().filter(systemVariables()::contains).sorted().toList();
        if (!system.isEmpty()) {
            throw refused("变量“" + String.join("”“", system) + "”由系统根据登记记录维护，不能从外部设置或删除");
        }
    }

    private void migration(MigrateProcessInstanceCmd migrate) {
        Object builder = field(migrate, "executionBuilder");
        Object plan = field(builder, "migrationPlan");
        if (plan instanceof MigrationPlanImpl impl) {
            noSystemVariables(names(impl.getVariables()));
        }
    }

    // --- tasks

    private void handOver(Starter user, TaskFacts task, String assignee) {
        if (assignee == null || assignee.equals(user.userId())) {
            return;
        }
        if (task == null) {
            return;
        }
        boolean candidate = inEngine(context -> context.runWithoutAuthorization(() -> task.candidateGroups().stream()
                .anyMatch(group -> context.getReadOnlyIdentityProvider().createUserQuery().userId(assignee)
                        .memberOfGroup(group).count() > 0)));
        if (!candidate) {
            throw refused("任务“" + task.name() + "”只能交给它的候选组成员办理：" + assignee + " 不在 "
                    + String.join("、", task.candidateGroups()) + " 中");
        }
    }

    private void saveTask(TaskEntity changed) {
        if (changed == null || changed.getId() == null) {
            return;
        }
        TaskEntity stored = inEngine(context -> context.getTaskManager().findTaskById(changed.getId()));
        if (stored == null) {
            return;
        }
        if (!Objects.equals(stored.getDueDate(), changed.getDueDate())) {
            throw refused("任务的办理时限由流程按规定时限计算，不能更改");
        }
        if (!Objects.equals(stored.getAssignee(), changed.getAssignee())
                || !Objects.equals(stored.getOwner(), changed.getOwner())
                || !Objects.equals(stored.getName(), changed.getName())
                || !Objects.equals(stored.getDescription(), changed.getDescription())
                || !Objects.equals(stored.getParentTaskId(), changed.getParentTaskId())) {
            throw refused("任务的名称、说明、办理人和所有人由流程决定，不能直接修改；认领或交回请使用认领功能");
        }
    }

    /**
     * A step is done only by the people its task is for: the one who holds it, or a member of one of its candidate
     * groups (or a candidate user). Camunda's administrators are not among them unless the procedure names them: an
     * administrator runs the system, she does not handle a resident's petition.
     */
    private void worksOn(Starter user, TaskFacts task) {
        if (task == null) {
            return; // the command answers for a task that is not there
        }
        if (user.userId().equals(task.assignee()) || task.candidateUsers().contains(user.userId())
                || task.candidateGroups().stream().anyMatch(user::isIn)) {
            return;
        }
        throw refused("任务“" + task.name() + "”不是交给 " + user.userId() + " 办理的：只有任务的办理人或其候选组成员可以办理");
    }

    private record TaskFacts(String processKey, String taskKey, String name, String assignee,
            List<String> candidateGroups, List<String> candidateUsers) {}

    private TaskFacts task(String taskId) {
        return inEngine(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getProcessDefinitionId() == null) {
                return null;
            }
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
            List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                    .filter(Objects::nonNull).toList();
            List<String> users = task.getCandidates().stream().map(IdentityLink::getUserId)
                    .filter(Objects::nonNull).toList();
            return new TaskFacts(definition.getKey(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                    groups, users);
        });
    }

    // --- helpers

    private Map<String, ProcessContract> contracts() {
        Map<String, ProcessContract> known = contracts;
        if (known == null) {
            known = contractBeans.orderedStream().collect(Collectors.toMap(ProcessContract::key, c -> c, (a, b) -> a));
            systemVariables = known.values().stream().flatMap(c -> c.systemVariables().stream())
                    .collect(Collectors.toUnmodifiableSet());
            contracts = known;
        }
        return known;
    }

    private Set<String> systemVariables() {
        contracts();
        return systemVariables;
    }

    /** Reads in the command's own context: the entities it loads are the command's, cached for it. */
    private static <T> T inEngine(Command<T> lookup) {
        return lookup.execute(Context.getCommandContext());
    }

    /** The names a command would write; a nameless variable is refused (400) before the engine trips over it. */
    private static Set<String> names(Map<String, ?> variables) {
        if (variables == null) {
            return Set.of();
        }
        if (variables.keySet().stream().anyMatch(name -> name == null || name.isBlank())) {
            throw new BadUserRequestException("变量名不能为空");
        }
        return variables.keySet();
    }

    private static Collection<String> union(Collection<String> first, Collection<String> second) {
        List<String> all = new ArrayList<>(first);
        if (second != null) {
            all.addAll(second);
        }
        return all;
    }

    static AuthorizationException refused(String message) {
        return new AuthorizationException(message);
    }

    /**
     * Reads a field of an engine command: the commands do not expose what they will write. Fails closed: a field that
     * is not there (a Camunda upgrade renamed it) refuses the command rather than letting it through unchecked.
     */
    @SuppressWarnings("unchecked")
    static <T> T field(Object target, String name) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(target);
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (IllegalAccessException e) {
                break;
            }
        }
        throw refused("无法核对请求 " + target.getClass().getSimpleName() + " 的内容（" + name + "），出于安全原因已拒绝");
    }
}
