package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMember;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.CommitteeRepository;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.WorkerQualification;
import cn.gongzhi.registry.domain.WorkerQualificationRepository;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration renewal of a worker's certificates (docs/processes/workers.md, "Certificates: renewal and new
 * qualifications"), checked against the records before anything is written:
 * <ol>
 *   <li>the renewal is recorded by the worker herself or by whom her renewal is escalated to ({@link #escalatedTo}:
 *       the heads of her community other than herself; when she is its only head, the office of her street);
 *       anyone else 403 ({@link StepRefused});</li>
 *   <li>the renewal date lies on or before today and not before the certificate was issued (400 naming
 *       {@code renewedOn});</li>
 *   <li>the new last valid day lies after the old one and after today (400 naming {@code validUntil}).</li>
 * </ol>
 * The certificate number never leaves this class whole: {@link Certificate#maskedNumber()}.
 */
@Service
@Transactional
public class CertificateRenewals {

    public static final String RENEWED_ON_FIELD = "renewedOn";
    public static final String VALID_UNTIL_FIELD = "validUntil";

    /** A certificate as the renewal shows it; the number masked. */
    public record Certificate(long qualificationId, long workerId, String workerUsername, String workerName,
            String communityCode, String communityName, Qualification level, String maskedNumber,
            LocalDate issuedOn, LocalDate validUntil, LocalDate renewedOn) {}

    private final WorkerQualificationRepository qualifications;
    private final CommunityWorkerRepository workers;
    private final CommunityRepository communities;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final Clock clock;

    CertificateRenewals(WorkerQualificationRepository qualifications, CommunityWorkerRepository workers,
            CommunityRepository communities, CommitteeRepository committees, CommitteeMemberRepository members,
            Clock clock) {
        this.qualifications = qualifications;
        this.workers = workers;
        this.communities = communities;
        this.committees = committees;
        this.members = members;
        this.clock = clock;
    }

    /** The certificates valid today whose registration ends from today to {@code lastDay}, both included. */
    @Transactional(readOnly = true)
    public List<Certificate> endingBy(LocalDate lastDay) {
        LocalDate today = LocalDate.now(clock);
        return qualifications.findByValidUntilBetweenOrderByValidUntilAscIdAsc(today, lastDay).stream()
                .filter(q -> q.isValidOn(today)).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Certificate certificate(long qualificationId) {
        return view(qualification(qualificationId));
    }

    /**
     * Who gets the task when the worker has not renewed in time: the heads of her community other than herself; when
     * she is its only head, the members with a login of her street's office (街道党工委).
     */
    @Transactional(readOnly = true)
    public List<String> escalatedTo(long qualificationId) {
        CommunityWorker worker = workerOf(qualification(qualificationId));
        List<String> heads = workers.findByCommunityIdOrderById(worker.getCommunityId()).stream()
                .filter(w -> w.getPost() == WorkerPost.HEAD && !w.getId().equals(worker.getId()))
                .map(CommunityWorker::getUsername).toList();
        if (!heads.isEmpty()) {
            return heads;
        }
        Long streetId = communities.findById(worker.getCommunityId()).map(Community::getStreetId).orElse(null);
        List<Long> offices = committees.findByStreetIdOrderById(streetId).stream()
                .filter(c -> c.getKind() == CommitteeKind.STREET_PARTY_WORKING_COMMITTEE).map(Committee::getId)
                .toList();
        return members.findByCommitteeIdIn(offices).stream().map(CommitteeMember::getUsername)
                .filter(u -> u != null && !u.equals(worker.getUsername())).distinct().toList();
    }

    /** Records the renewal of the certificate's registration: renewed on that day, valid until the new day. */
    public void renew(long qualificationId, LocalDate renewedOn, LocalDate validUntil, String by) {
        WorkerQualification qualification = qualification(qualificationId);
        CommunityWorker worker = workerOf(qualification);
        if (by == null || !by.equals(worker.getUsername()) && !escalatedTo(qualificationId).contains(by)) {
            throw new StepRefused(by + " 不是证书持有人，也不是其所在社区的负责人：证书注册续期由本人或本社区负责人登记");
        }
        LocalDate today = LocalDate.now(clock);
        if (renewedOn == null || renewedOn.isAfter(today) || renewedOn.isBefore(qualification.getIssuedOn())) {
            throw new InvalidFieldException(RENEWED_ON_FIELD, "续期日期须在取得证书（" + qualification.getIssuedOn()
                    + "）之后、不晚于今天（" + today + "）");
        }
        LocalDate old = qualification.getValidUntil();
        if (validUntil == null || !validUntil.isAfter(today) || old != null && !validUntil.isAfter(old)) {
            throw new InvalidFieldException(VALID_UNTIL_FIELD, "续期后的有效期须晚于原有效期（" + old + "）和今天（"
                    + today + "）");
        }
        qualification.renew(renewedOn, validUntil);
        qualifications.save(qualification);
    }

    private WorkerQualification qualification(long qualificationId) {
        return qualifications.findById(qualificationId)
                .orElseThrow(() -> new RecordNotFoundException("职业资格", qualificationId));
    }

    private CommunityWorker workerOf(WorkerQualification qualification) {
        return workers.findById(qualification.getWorkerId()).orElseThrow();
    }

    private Certificate view(WorkerQualification q) {
        CommunityWorker worker = workerOf(q);
        Community community = communities.findById(worker.getCommunityId()).orElseThrow();
        return new Certificate(q.getId(), worker.getId(), worker.getUsername(), worker.getName(),
                community.getCode(), community.getName(), q.getLevel(),
                Masking.certificateNumber(q.getCertificateNumber()), q.getIssuedOn(), q.getValidUntil(),
                q.getRenewedOn());
    }
}
