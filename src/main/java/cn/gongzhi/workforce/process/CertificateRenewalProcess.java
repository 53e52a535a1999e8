package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract;
import cn.gongzhi.shared.process.ProcessVariable;
import java.util.Set;

/**
 * The contract of processes/CertificateRenewalProcess.bpmn (证书注册续期): key, element ids, typed variables and forms.
 * Only the launcher starts it ({@link CertificateRenewalLauncher}, no start rule): one instance per renewal cycle of a
 * certificate. The instance carries the cycle's id, the worker's community and the head's choice, nothing else: the
 * certificate, its dates and its number are the registry's, read by {@link CertificateRenewalDates}.
 */
public final class CertificateRenewalProcess {

    public static final String KEY = "CertificateRenewalProcess";
    public static final String START = "StartEvent_RenewalCycleOpened";
    public static final String FIRST_REMINDER_DUE = "Event_FirstReminderDue";
    public static final String RENEWAL_SCOPE = "SubProcess_CertificateRenewal";
    public static final String RENEW = "Activity_RenewCertificate";
    public static final String SECOND_REMINDER_DUE = "Event_SecondReminderDue";
    public static final String URGE = "Activity_UrgeCertificateRenewal";
    public static final String RENEWED_BY_WORKER = "Event_RenewedByWorker";
    public static final String RENEWED_ON_BEHALF = "Event_RenewedOnBehalf";
    public static final String WORKER_REMINDED = "Event_WorkerReminded";
    public static final String RENEWED = "Event_CertificateRenewed";
    public static final String EXPIRED = "Event_CertificateExpired";
    public static final String RECORD_LAPSE = "Activity_RecordCertificateLapse";
    public static final String LAPSED = "Event_CertificateLapsed";

    /** The renewal cycle (our record, certificate_renewal). */
    public static final ProcessVariable<Long> RENEWAL_ID = ProcessVariable.number("certificateRenewalId");
    public static final ProcessVariable<String> COMMUNITY_CODE = CommonVariables.COMMUNITY_CODE;
    /** What the head did: {@link #REMINDED} or {@link #RENEWED_FOR_HER}; routes the gateway. */
    public static final ProcessVariable<String> URGE_ACTION = ProcessVariable.text("urgeAction");
    public static final String REMINDED = "REMINDED";
    public static final String RENEWED_FOR_HER = "RENEWED";

    // the forms' fields, kept in our records and removed from the instance once recorded
    public static final String RENEWED_ON = "renewedOn";
    public static final String VALID_UNTIL = "validUntil";
    /** Why the head reminded, or renewed on her behalf (free text). */
    public static final String URGE_NOTE = "urgeNote";

    public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
            .system(RENEWAL_ID, COMMUNITY_CODE, URGE_ACTION, CommonVariables.MATTER_CATEGORY,
                    CommonVariables.MATTER_PLACE, CommonVariables.MATTER_SUMMARY)
            .form(RENEW, RENEWED_ON, VALID_UNTIL)
            .form(URGE, URGE_ACTION.name(), RENEWED_ON, VALID_UNTIL, URGE_NOTE)
            .recorded(Set.of(RENEWED_ON, VALID_UNTIL, URGE_NOTE))
            .build();

    private CertificateRenewalProcess() {}
}
