package cn.gongzhi.deliberation.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.MeetingVerdict;
import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.ConsultationContacts;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.Disclosures.Published;
import cn.gongzhi.deliberation.domain.MeetingRecorder;
import cn.gongzhi.deliberation.domain.MeetingRecorder.OpenMeeting;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService.RollMember;
import cn.gongzhi.shared.process.SavePoints;
import cn.gongzhi.shared.process.StepListener;
import java.time.Clock;
import java.time.ZoneId;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;

/** The records behind the deliberation models, mocked, and the steps a test takes through Tasklist's forms. */
class DeliberationProcessTestSupport {

    final DeliberationRecords records = mock(DeliberationRecords.class);
    final MeetingRecorder meetings = mock(MeetingRecorder.class);
    final Disclosures disclosures = mock(Disclosures.class);
    final DeliberationInstances instances = new DeliberationInstances(records, meetings, disclosures);
    final CaseSummaries summaries = mock(CaseSummaries.class);
    final ConsultationContacts contacts = mock(ConsultationContacts.class);
    final DeliberationStarters starters = mock(DeliberationStarters.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong();
    private final Map<AssemblyBody, Integer> due = Map.of(AssemblyBody.TWO_COMMITTEES_JOINT_MEETING, 5,
            AssemblyBody.PARTY_MEMBERS_ASSEMBLY, 30, AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY, 15,
            AssemblyBody.VILLAGERS_ASSEMBLY, 1500, AssemblyBody.RESIDENTS_ASSEMBLY, 100,
            AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY, 20);

    void wire() {
        Mocks.register("savePoints", new SavePoints(SavePoints.DEFAULT_RETRY_CYCLE));
        Mocks.register("registerProposalDelegate", new RegisterProposalDelegate(records, starters));
        Mocks.register("stepListener", new StepListener(List.of(new ChooseDeliberationCommunityStep(starters),
                new ProposePlanStep(records, instances, summaries), new RevisePlanStep(records, instances, summaries),
                new HoldMeetingStep(meetings, instances, summaries),
                new ImplementResolutionStep(records, instances, summaries),
                new ReviewTopicStep(records, instances, summaries),
                new NotifyStakeholdersStep(records, instances, summaries, contacts,
                        Clock.system(ZoneId.of("Asia/Shanghai"))),
                new HoldConsultationStep(records, instances, summaries),
                new CollectFeedbackStep(records, instances, summaries),
                DisclosureMocks.reviewObjections(disclosures, instances, List.of()))));
        Mocks.register("recordVerdictListener", new RecordVerdictListener(meetings, records, instances));
        Mocks.register("recordRejectionDelegate", new RecordRejectionDelegate(records, instances));
        Mocks.register("completeDeliberationDelegate", new CompleteDeliberationDelegate(records, instances));
        Mocks.register("closeAsRejectedDelegate", new CloseAsRejectedDelegate(records, instances));
        Mocks.register("closeAsDeclinedDelegate", new CloseAsDeclinedDelegate(records, instances));
        DisclosureMocks.register(disclosures, instances);
        when(meetings.open(anyLong(), any())).thenAnswer(call -> {
            AssemblyBody body = call.getArgument(1);
            // the bodies the registry lists are offered as a roll to tick; assemblies of all residents are counted
            List<RollMember> roll = body == AssemblyBody.VILLAGERS_ASSEMBLY || body == AssemblyBody.RESIDENTS_ASSEMBLY
                    ? List.of() : IntStream.rangeClosed(1, due.get(body)).mapToObj(i -> new RollMember("m" + i, "成员" + i))
                            .toList();
            return new OpenMeeting(ids.incrementAndGet(), body, due.get(body), 620, roll);
        });
        when(meetings.decide(anyLong(), anyBoolean(), anyBoolean())).thenAnswer(call ->
                !(Boolean) call.getArgument(1) ? MeetingVerdict.NO_QUORUM
                        : (Boolean) call.getArgument(2) ? MeetingVerdict.PASSED : MeetingVerdict.REJECTED);
        when(disclosures.publish(any(), anyString(), any(), any(), any(), any(), anyString())).thenAnswer(call -> {
            long id = 100 + ids.incrementAndGet();
            return new Published(id, "N-2026-000" + id, Date.from(Instant.parse("2026-12-03T08:00:00Z")));
        });
        when(disclosures.closeWindow(anyLong())).thenAnswer(call -> objections);
        when(records.rejected(anyLong(), anyString())).thenReturn(true);
    }

    long objections;

    /**
     * Completes the waiting meeting task with the given attendance and votes for: the first {@code present} of the
     * roll offered ticked, or the count where no roll is offered.
     */
    void hold(ProcessInstance deliberation, int present, int votesFor) {
        Task meeting = task(deliberation);
        List<String> roll = offered(meeting.getId(), DeliberationVariables.ATTENDANCE_OPTIONS);
        Map<String, Object> form = new HashMap<>(Map.of("heldOn", "2026-11-20", "votesFor", votesFor,
                "votesAgainst", 0, "votesAbstain", 0, "minutes", "会议记录"));
        if (roll.isEmpty()) {
            form.put("presentCount", present);
        } else {
            form.put(DeliberationVariables.ATTENDANCE, SpinValues.jsonValue(JSON.valueToTree(roll.subList(0, present))
                    .toString()).create());
        }
        complete(meeting, form);
    }

    /** The values offered under this options key on the task (its task-local JSON variable); empty for none. */
    List<String> offered(String taskId, String optionsKey) {
        Object options = BpmnAwareTests.taskService().getVariableLocal(taskId, optionsKey);
        if (options == null) {
            return List.of();
        }
        try {
            List<String> values = new java.util.ArrayList<>();
            JSON.readTree(options.toString()).forEach(o -> values.add(o.get("value").asText()));
            return values;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The disclosure called by the deliberation: its save point passed (the call activity is asynchronous before),
     * optionally an objection and its ruling, then the window ends.
     */
    void disclose(ProcessInstance deliberation, String ruling) {
        execute(job(deliberation));
        ProcessInstance notice = processInstanceQuery().superProcessInstanceId(deliberation.getId()).singleResult();
        objections = ruling == null ? 0 : 1;
        if (ruling != null) {
            runtimeService().createMessageCorrelation(PublicDisclosureProcess.MESSAGE_OBJECTION_FILED)
                    .processInstanceId(notice.getId()).correlate();
        }
        Job window = BpmnAwareTests.managementService().createJobQuery().processInstanceId(notice.getId())
                .singleResult();
        BpmnAwareTests.managementService().executeJob(window.getId());
        if (ruling != null) {
            complete(task(notice), withVariables("objectionRuling", ruling, "rulingReasons", "审查理由"));
        }
    }

    static void unwire() {
        Mocks.reset();
    }

}
