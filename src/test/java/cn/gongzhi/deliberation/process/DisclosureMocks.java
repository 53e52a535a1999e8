package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.MeetingRecorder;
import cn.gongzhi.shared.process.MatterParticipants;
import cn.gongzhi.shared.process.StepHandler;
import java.util.List;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.Mockito;

/**
 * Registers the disclosure model's delegates over a (mocked) notice service, for tests of processes that call it; its
 * user task's step ({@link #reviewObjections}) goes into the test's step listener with the caller's own steps.
 */
public final class DisclosureMocks {

    private DisclosureMocks() {}

    /** Over mocked records: for processes that call the disclosure without a deliberation of their own. */
    public static void register(Disclosures disclosures) {
        register(disclosures, instances(disclosures));
    }

    public static void register(Disclosures disclosures, DeliberationInstances instances) {
        Mocks.register("publishNoticeDelegate", new PublishNoticeDelegate(disclosures, instances));
        Mocks.register("recordObjectionDelegate", new RecordObjectionDelegate(disclosures, instances));
        Mocks.register("closeObjectionWindowDelegate", new CloseObjectionWindowDelegate(disclosures, instances));
        Mocks.register("publishRulingDelegate", new PublishRulingDelegate(disclosures, instances));
        Mocks.register("archiveNoticeDelegate", new ArchiveNoticeDelegate(disclosures, instances));
        Mocks.register("withdrawNoticeDelegate", new WithdrawNoticeDelegate(disclosures, instances));
    }

    /** The supervision committee's review of objections, over mocked records: nobody took part in the matter. */
    public static StepHandler reviewObjections(Disclosures disclosures) {
        return reviewObjections(disclosures, instances(disclosures), List.of());
    }

    static StepHandler reviewObjections(Disclosures disclosures, DeliberationInstances instances,
            List<MatterParticipants> participants) {
        return new ReviewObjectionsStep(disclosures, instances, participants, Mockito.mock(CaseSummaries.class));
    }

    private static DeliberationInstances instances(Disclosures disclosures) {
        return new DeliberationInstances(Mockito.mock(DeliberationRecords.class), Mockito.mock(MeetingRecorder.class),
                disclosures);
    }
}
