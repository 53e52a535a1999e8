package cn.gongzhi.petition;

import cn.gongzhi.deliberation.DisclosureService.NoticeRef;
import cn.gongzhi.petition.domain.Petition;
import cn.gongzhi.petition.domain.PetitionCategory;
import cn.gongzhi.petition.domain.PetitionCategoryRepository;
import cn.gongzhi.petition.domain.PetitionEventRepository;
import cn.gongzhi.petition.domain.PetitionChanges;
import cn.gongzhi.petition.domain.PetitionRepository;
import cn.gongzhi.petition.domain.PetitionEscalations;
import cn.gongzhi.petition.process.ResidentPetitionProcess;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.IdempotencyKeyReused;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.TimelineStep;
import cn.gongzhi.shared.process.FormView;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The petition module's API: intake from every channel and what staff, residents and Open311 clients may read.
 * Every answer masks personal information.
 */
@Service
public class PetitionService {

    /** What the submitter gets back. {@code replayed}: the idempotency key had been seen; nothing new was created. */
    public record PetitionReceipt(String number, PetitionStatus status, String statusLabel, LocalDateTime receivedAt,
            LocalDateTime firstContactDue, LocalDateTime resolutionDue, String handlingUnit, boolean replayed) {}

    /**
     * Where a petition is, as the public may see it: the community and, when known, the grid by name (never the
     * resident's own words for the place), and the coordinates rounded to the public precision
     * ({@code gongzhi.petition.public-coordinate-decimals}).
     */
    public record PublicPlace(String area, BigDecimal latitude, BigDecimal longitude) {}

    /**
     * A petition as a public 311 feed shows it: what, how far along, roughly where. No person, no exact address; the
     * description with phone and ID numbers masked; the latest step is one of the workflow's own phrases.
     */
    public record PublicRequest(String number, PetitionStatus status, String latestStep, String category,
            String categoryName, String description, String handlingUnit, LocalDateTime receivedAt,
            LocalDateTime updatedAt, LocalDateTime resolutionDue, PublicPlace place, String mediaUrl) {}

    /**
     * What a resident sees when looking a petition up by number: no personal information at all. {@code steps}: one
     * line per step in plain words; {@code notices}: the board's notices about the petition (an escalation's outcome).
     */
    public record PublicStatus(String number, String categoryName, String communityName, PetitionStatus status,
            String statusLabel, String latestStep, LocalDateTime receivedAt, LocalDateTime resolutionDue,
            LocalDateTime updatedAt, LocalDateTime closedAt, List<PublicStep> steps, List<NoticeRef> notices) {}

    /** One step of the resident's timeline: when, what kind, and what happened in her words. */
    public record PublicStep(PetitionEventType type, String typeLabel, LocalDateTime at, String text) {}

    /** A category of the dispatch catalogue. */
    public record CategoryView(String code, String name, String description, String group) {}

    private final PetitionRepository petitions;
    private final PetitionEventRepository events;
    private final PetitionCategoryRepository categories;
    private final RegistryService registry;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactions;
    private final PublicPetitions publicPetitions;
    private final PetitionEscalations escalations;
    private final PetitionChanges changes;

    PetitionService(PetitionRepository petitions, PetitionEventRepository events,
            PetitionCategoryRepository categories, RegistryService registry, RuntimeService runtimeService,
            PlatformTransactionManager transactionManager, PublicPetitions publicPetitions,
            PetitionEscalations escalations, PetitionChanges changes) {
        this.changes = changes;
        this.publicPetitions = publicPetitions;
        this.escalations = escalations;
        this.petitions = petitions;
        this.events = events;
        this.categories = categories;
        this.registry = registry;
        this.runtimeService = runtimeService;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Starts the petition's process, whose first step records the petition, in one transaction: the process runs
     * dispatch, the access-list check and assignment before this returns, so the receipt carries the due dates. A
     * refused submission ({@code InvalidFieldException}) starts nothing and writes nothing. With an idempotency key (scoped
     * to the caller by the channel), a retry with the same submission returns the first receipt and creates nothing;
     * the same key with a different submission is refused ({@link IdempotencyKeyReused}) and writes nothing.
     */
    public PetitionReceipt submit(PetitionSubmission submission, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Petition> earlier = petitions.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), submission);
            }
        }
        try {
            return transactions.execute(status -> {
                // the instance's first step records the petition (one intake path for every channel)
                ProcessInstanceWithVariables instance = runtimeService
                        .createProcessInstanceByKey(ResidentPetitionProcess.KEY)
                        .setVariables(Variables.createVariables().putValueTyped(ResidentPetitionProcess.INTAKE,
                                Variables.objectValue(new ResidentPetitionProcess.Intake(submission, idempotencyKey),
                                        true).create()))
                        .executeWithVariablesInReturn();
                long petitionId = ((Number) instance.getVariables()
                        .get(ResidentPetitionProcess.PETITION_ID.name())).longValue();
                return receipt(petitions.findById(petitionId).orElseThrow(), false);
            });
        } catch (DataIntegrityViolationException raced) {
            if (idempotencyKey != null) {
                Optional<Petition> winner = petitions.findByIdempotencyKey(idempotencyKey);
                if (winner.isPresent()) {
                    return replay(winner.get(), submission);
                }
            }
            throw raced;
        }
    }

    @Transactional(readOnly = true)
    public Optional<PetitionView> find(String number) {
        return petitions.findByNumber(number).map(p -> PetitionView.of(p, categoryName(p), timeline(p)));
    }

    @Transactional(readOnly = true)
    public Optional<PublicRequest> publicRequest(String number) {
        return publicPetitions.request(number);
    }

    /** Petitions for Open311's request list, newest first; {@code categories} null or empty: any category. */
    @Transactional(readOnly = true)
    public List<PublicRequest> publicRequests(List<String> categories, LocalDateTime from, LocalDateTime to,
            Boolean closed, int limit) {
        return publicPetitions.requests(categories, from, to, closed, limit);
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatus> publicStatus(String number) {
        return publicPetitions.status(number);
    }

    /**
     * Publishes the current snapshot ({@link PetitionChanged}) of each petition named, as its last write did: for rows
     * written outside the application (a bulk load, a repair by hand), so that supervision's figures take them in.
     * Returns how many were found.
     */
    @Transactional
    public int publishSnapshots(java.util.Collection<String> numbers) {
        List<Petition> found = petitions.findByNumberIn(numbers);
        found.forEach(changes::announce);
        return found.size();
    }

    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return categories.findByActiveTrueOrderBySortOrder().stream()
                .map(c -> new CategoryView(c.getCode(), c.getName(), c.getDescription(), c.getServiceGroup()))
                .toList();
    }

    /** The first receipt for a retry of the same submission; a different one under the same key is refused. */
    private PetitionReceipt replay(Petition earlier, PetitionSubmission retry) {
        if (!retry.fingerprint().equals(earlier.getIdempotencyFingerprint())) {
            throw new IdempotencyKeyReused();
        }
        return receipt(earlier, true);
    }

    private PetitionReceipt receipt(Petition p, boolean replayed) {
        return new PetitionReceipt(p.getNumber(), p.getStatus(), p.getStatus().label(), p.getReceivedAt(),
                p.getFirstContactDue(), p.getResolutionDue(), p.getHandlingUnit(), replayed);
    }

    private List<TimelineStep> timeline(Petition p) {
        return events.findByPetitionIdOrderByOccurredAtAscIdAsc(p.getId()).stream()
                .map(e -> TimelineStep.of(e.getType().name(), e.getType().label(), e.getActor(), e.getOccurredAt(),
                        e.getNote()))
                .toList();
    }

    /**
     * The street's joint meeting decided on an escalation that took this petition up: the resident's timeline shows
     * the departments and their commitments with deadlines at once (the escalation calls this when the meeting is
     * recorded). A petition no longer waiting for the escalation records nothing.
     */
    @Transactional
    public void jointMeetingDecided(String number, String decision) {
        escalations.jointMeetingDecided(number, decision);
    }

    /**
     * What an escalation's notices are called on the board: the matter in a few words (the petition's description,
     * one line, masked), or empty for an unknown number.
     */
    @Transactional(readOnly = true)
    public Optional<String> matterSummary(String number, int max) {
        return petitions.findByNumber(number).map(p -> Masking.oneLine(
                FormView.plain(p.getDescription(), " "), max));
    }

    /** A petition still open, as a whistle lists it: its number and its category by name. */
    public record OpenPetition(String number, String categoryName) {}

    /** The community's petitions that are not closed, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenPetition> openPetitions(String communityCode) {
        return petitions.findByCommunityCodeAndStatusNotOrderById(communityCode, PetitionStatus.CLOSED).stream()
                .map(p -> new OpenPetition(p.getNumber(), categoryName(p))).toList();
    }

    /**
     * What the handler wrote when she asked for the whistle (measures, and the reason after {@code 申请吹哨：}), from
     * the petition's latest handling step, masked; empty when the petition was never handled (the escalation then
     * came from a failed callback, and the measures are the latest handling's). The whistle form starts from it.
     */
    @Transactional(readOnly = true)
    public Optional<EscalationContract.Grounds> escalationGrounds(String number) {
        return petitions.findByNumber(number).flatMap(p -> events.findByPetitionIdOrderByOccurredAtAscIdAsc(p.getId())
                .stream().filter(e -> e.getType() == PetitionEventType.HANDLED)
                .reduce((first, second) -> second)).map(e -> {
                    String note = Masking.text(e.getNote());
                    int mark = note.indexOf(EscalationContract.REASON_MARK);
                    return mark < 0 ? new EscalationContract.Grounds(note.trim(), null)
                            : new EscalationContract.Grounds(note.substring(0, mark).trim(),
                                    note.substring(mark + EscalationContract.REASON_MARK.length()).trim());
                });
    }

    private String categoryName(Petition p) {
        return categories.findById(p.getCategoryCode()).map(PetitionCategory::getName).orElse(p.getCategoryCode());
    }
}
