package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the disclosure model's delegates over a (mocked) notice service, for tests of processes that call it. */
public final class DisclosureMocks {

    private DisclosureMocks() {}

    public static void register(Disclosures disclosures) {
        Mocks.register("publishNoticeDelegate", new PublishNoticeDelegate(disclosures));
        Mocks.register("recordObjectionDelegate", new RecordObjectionDelegate(disclosures));
        Mocks.register("closeObjectionWindowDelegate", new CloseObjectionWindowDelegate(disclosures));
        Mocks.register("reviewObjectionsListener", new ReviewObjectionsListener(disclosures));
        Mocks.register("publishRulingDelegate", new PublishRulingDelegate(disclosures));
        Mocks.register("archiveNoticeDelegate", new ArchiveNoticeDelegate(disclosures));
        Mocks.register("withdrawNoticeDelegate", new WithdrawNoticeDelegate(disclosures));
    }
}
