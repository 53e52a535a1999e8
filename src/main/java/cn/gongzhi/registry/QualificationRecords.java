package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.StreetRepository;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.WorkerProperties.GradeRange;
import cn.gongzhi.registry.domain.WorkerQualification;
import cn.gongzhi.registry.domain.WorkerQualificationRepository;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new qualification a worker obtained, recorded once the office of her street has verified it
 * (docs/processes/workers.md, "Certificates: renewal and new qualifications"), checked before anything is written:
 * <ol>
 *   <li>the office of her street verifies, never she herself ({@link WorkerAccess#mayAppraise}; 403);</li>
 *   <li>a level is one of the three certificates; the number 4–64 letters, digits or hyphens, not one she already
 *       has on record; issued on or before today; valid until a day after its issue and not already past (400 naming
 *       the field);</li>
 *   <li>the grade steps it brings ({@link WorkerRules#stepsFor}) count only over the steps of the highest level she
 *       holds valid already, and her grade rises at most to the top of her post's range ({@link #gradeAfter}); the
 *       change is {@link GradeChangeReason#QUALIFICATION}, through {@link WorkerChanges}.</li>
 * </ol>
 */
@Service
@Transactional
public class QualificationRecords {

    public static final String LEVEL_FIELD = "level";
    public static final String CERTIFICATE_NUMBER_FIELD = "certificateNumber";
    public static final String ISSUED_ON_FIELD = "issuedOn";
    public static final String VALID_UNTIL_FIELD = "validUntil";
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{4,64}");

    /** The worker a qualification is for, as the procedure needs her. */
    public record Holder(long workerId, String username, String name, String communityCode, String communityName,
            String streetCode, WorkerPost post, int grade, Qualification level) {}

    /** What the recording did: the new qualification and her grade before and after. */
    public record Recorded(long qualificationId, int fromGrade, int toGrade) {}

    private final WorkerAccess access;
    private final WorkerRules rules;
    private final WorkerChanges changes;
    private final WorkerQualifications levels;
    private final WorkerQualificationRepository qualifications;
    private final CommunityRepository communities;
    private final StreetRepository streets;
    private final Clock clock;

    QualificationRecords(WorkerAccess access, WorkerRules rules, WorkerChanges changes,
            WorkerQualifications levels, WorkerQualificationRepository qualifications, CommunityRepository communities,
            StreetRepository streets, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.changes = changes;
        this.levels = levels;
        this.qualifications = qualifications;
        this.communities = communities;
        this.streets = streets;
        this.clock = clock;
    }

    /** The login's own worker record, if she is a community worker. */
    @Transactional(readOnly = true)
    public Optional<Holder> holder(String username) {
        return access.worker(username).map(this::holder);
    }

    @Transactional(readOnly = true)
    public Holder holder(long workerId) {
        return holder(access.exists(workerId).orElseThrow(() -> new RecordNotFoundException("社区工作者", workerId)));
    }

    /** The office of her street verifies her qualification; nobody verifies her own. */
    @Transactional(readOnly = true)
    public boolean mayVerify(String username, long workerId) {
        return access.exists(workerId).filter(w -> access.mayAppraise(username, w)).isPresent();
    }

    /** Refuses what no certificate can be (400 naming the field); writes nothing. */
    public void check(long workerId, Qualification level, String certificateNumber, LocalDate issuedOn,
            LocalDate validUntil) {
        if (level == null || level == Qualification.NONE) {
            throw new InvalidFieldException(LEVEL_FIELD, "请选择职业资格等级");
        }
        if (certificateNumber == null || !NUMBER.matcher(certificateNumber).matches()) {
            throw new InvalidFieldException(CERTIFICATE_NUMBER_FIELD, "证书编号须为 4–64 位字母、数字或连字符");
        }
        if (qualifications.findByWorkerIdOrderByIssuedOnAscIdAsc(workerId).stream()
                .anyMatch(q -> certificateNumber.equalsIgnoreCase(q.getCertificateNumber()))) {
            throw new InvalidFieldException(CERTIFICATE_NUMBER_FIELD, "这本证书已经登记过");
        }
        LocalDate today = LocalDate.now(clock);
        if (issuedOn == null || issuedOn.isAfter(today)) {
            throw new InvalidFieldException(ISSUED_ON_FIELD, "取得日期须不晚于今天（" + today + "）");
        }
        if (validUntil != null && (!validUntil.isAfter(issuedOn) || validUntil.isBefore(today))) {
            throw new InvalidFieldException(VALID_UNTIL_FIELD, "有效期须晚于取得日期，且尚未届满");
        }
    }

    /**
     * Records the verified qualification and changes her grade by the steps it adds, within her post's range.
     */
    public Recorded record(long workerId, Qualification level, String certificateNumber, LocalDate issuedOn,
            LocalDate validUntil, String verifiedBy) {
        CommunityWorker worker = access.exists(workerId)
                .orElseThrow(() -> new RecordNotFoundException("社区工作者", workerId));
        if (!access.mayAppraise(verifiedBy, worker)) {
            throw new StepRefused(verifiedBy + " 不是该工作者所在街道的审核人员，或是其本人：职业资格由街道审核，本人不能审核自己的");
        }
        check(workerId, level, certificateNumber, issuedOn, validUntil);
        Qualification before = levels.levelToday(workerId);
        int from = worker.getGrade();
        int to = gradeAfter(from, rules.stepsFor(before), rules.stepsFor(level), rules.gradeRange(worker.getPost()));
        WorkerQualification saved = qualifications.save(new WorkerQualification(workerId, level, certificateNumber,
                issuedOn, validUntil, RecordSource.RECORDED));
        if (to != from) {
            changes.changeGrade(workerId, null, to, LocalDate.now(clock), GradeChangeReason.QUALIFICATION,
                    verifiedBy);
        }
        return new Recorded(saved.getId(), from, to);
    }

    /**
     * The grade a new qualification brings: the steps of its level over those of the level she already holds (none
     * when it is not higher), at most the top of her post's range, never lower than she is.
     */
    public static int gradeAfter(int grade, int stepsHeld, int stepsNew, GradeRange range) {
        int raised = grade + Math.max(0, stepsNew - stepsHeld);
        return Math.max(grade, Math.min(raised, range.max()));
    }

    private Holder holder(CommunityWorker w) {
        Community community = communities.findById(w.getCommunityId()).orElseThrow();
        String streetCode = streets.findById(community.getStreetId()).map(Street::getCode).orElse(null);
        return new Holder(w.getId(), w.getUsername(), w.getName(), community.getCode(), community.getName(),
                streetCode, w.getPost(), w.getGrade(), levels.levelToday(w.getId()));
    }
}
