package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the disclosure model's delegates over a (mocked) notice service, for tests of processes that call it. */
public final class DisclosureMocks {

    private DisclosureMocks() {}

    /** Over mocked records: for processes that call the disclosure without a deliberation of their own. */
    public static void register(Disclosures disclosures) {
        register(disclosures, new DeliberationInstances(org.mockito.Mockito.mock(
                cn.gongzhi.deliberation.domain.DeliberationRecords.class), org.mockito.Mockito.mock(
                cn.gongzhi.deliberation.domain.MeetingRecorder.class), disclosures));
    }

    public static void register(Disclosures disclosures, DeliberationInstances instances) {
        Mocks.register("publishNoticeDelegate", new PublishNoticeDelegate(disclosures, instances));
        Mocks.register("recordObjectionDelegate", new RecordObjectionDelegate(disclosures, instances));
        Mocks.register("closeObjectionWindowDelegate", new CloseObjectionWindowDelegate(disclosures, instances));
        Mocks.register("reviewObjectionsListener", new ReviewObjectionsListener(disclosures, instances, java.util.List.of(),
                org.mockito.Mockito.mock(cn.gongzhi.deliberation.domain.CaseSummaries.class)));
        Mocks.register("publishRulingDelegate", new PublishRulingDelegate(disclosures, instances));
        Mocks.register("archiveNoticeDelegate", new ArchiveNoticeDelegate(disclosures, instances));
        Mocks.register("withdrawNoticeDelegate", new WithdrawNoticeDelegate(disclosures, instances));
    }
}
