package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.DISCLOSURE_OUTCOME;
import static cn.gongzhi.deliberation.process.DeliberationVariables.REJECTION_REASONS;
import static cn.gongzhi.deliberation.process.DeliberationVariables.REVISION_ALLOWED;
import static cn.gongzhi.deliberation.process.DeliberationVariables.UPHELD;

import cn.gongzhi.deliberation.domain.DeliberationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecordRejection: counts the rejection; the plan may be revised while revisions are left. */
@Component
class RecordRejectionDelegate implements JavaDelegate {

    private final DeliberationRecords records;
    private final DeliberationInstances instances;

    RecordRejectionDelegate(DeliberationRecords records, DeliberationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reasons = UPHELD.equals(DISCLOSURE_OUTCOME.get(execution))
                ? "决议公开期间居民异议经监督委员会审查成立（理由见公开栏）"
                : (String) REJECTION_REASONS.get(execution);
        DISCLOSURE_OUTCOME.remove(execution);
        REJECTION_REASONS.set(execution, reasons);
        REVISION_ALLOWED.set(execution, records.rejected(instances.deliberationOf(execution),
                reasons));
    }
}
