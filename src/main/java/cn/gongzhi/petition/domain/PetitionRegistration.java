package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.petition.PetitionSubmission;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.Starter;
import cn.gongzhi.shared.process.StepRefused;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petition's record comes into being, always in the first step of its process (Activity_RegisterPetition): from
 * our APIs (the submission the service handed to the instance it started) or from the Tasklist start form alike. A
 * petition entered in Tasklist by someone whose login does not place it waits for her first step to choose its
 * community ({@link #placeChosen}).
 */
@Service
@Transactional
public class PetitionRegistration {

    /**
     * A petition bound to its instance. {@code communityCode} and {@code communityType} are null while the community
     * is to be chosen in the recorder's first step.
     */
    public record Registered(long petitionId, String number, String communityCode, String communityType,
            String category) {}

    /** The matter as Tasklist's task rows show it: number, category and place by name (never an address). */
    public record Matter(String number, String category, String place, String summary) {}

    private final PetitionRepository petitions;
    private final PetitionIntake intake;
    private final PetitionIntakeRule intakeRule;
    private final PetitionTimeline timeline;
    private final PetitionNames names;
    private final RegistryService registry;

    PetitionRegistration(PetitionRepository petitions, PetitionIntake intake, PetitionIntakeRule intakeRule,
            PetitionTimeline timeline, PetitionNames names, RegistryService registry) {
        this.petitions = petitions;
        this.intake = intake;
        this.intakeRule = intakeRule;
        this.timeline = timeline;
        this.names = names;
        this.registry = registry;
    }

    /**
     * What the Tasklist start form submitted, as a submission: the form names no community; it is the recorder's own
     * when her login decides it ({@link PetitionIntakeRule#ownPlace}, with the grid she serves), and otherwise left
     * for her first step.
     *
     * @param starter who entered it; null when the engine itself starts the instance
     */
    @Transactional(readOnly = true)
    public PetitionSubmission fromStartForm(FormInput form, Starter starter) {
        Optional<PetitionIntakeRule.OwnPlace> place = intakeRule.ownPlace(starter);
        return new PetitionSubmission(text(form, "category"),
                place.map(PetitionIntakeRule.OwnPlace::communityCode).orElse(null),
                place.map(PetitionIntakeRule.OwnPlace::gridCode).orElse(null), text(form, "location"), null, null,
                text(form, "description"), text(form, "petitionerName"), text(form, "petitionerPhone"),
                text(form, "petitionerIdNumber"), PetitionChannel.TASKLIST,
                starter != null ? starter.userId() : PetitionTimeline.SYSTEM);
    }

    /**
     * Records the petition (validated whole by {@link PetitionIntake}; a refusal names the field and writes nothing)
     * and binds it to the instance it starts. Only a Tasklist entry may leave its community to be chosen.
     */
    public Registered register(PetitionSubmission submission, String idempotencyKey, String processInstanceId) {
        boolean pending = submission.channel() == PetitionChannel.TASKLIST && submission.communityCode() == null;
        Petition petition = pending ? intake.recordAwaitingCommunity(submission)
                : intake.record(submission, idempotencyKey);
        petition.setProcessInstanceId(processInstanceId);
        if (pending) {
            timeline.moved(petition, PetitionStatus.RECEIVED, "已受理，待选择所在社区（村）");
        }
        return registered(petition);
    }

    /** The communities the recorder of a petition may place it in, by name: her own, or all for the hotline. */
    @Transactional(readOnly = true)
    public List<CommunityRef> communitiesToChoose(Starter recorder) {
        return intakeRule.communitiesToChoose(recorder);
    }

    /** The grids of a community, by name, in the registry's order. */
    @Transactional(readOnly = true)
    public List<GridRef> gridsOf(String communityCode) {
        return registry.grids(communityCode);
    }

    /**
     * Places a petition whose community was pending in the community and grid its recorder chose (the caller checked
     * the community was one she was offered). A grid of another community is refused naming {@code gridField}.
     */
    public Registered placeChosen(long petitionId, String communityCode, String gridCode, String gridField,
            String actor) {
        Petition petition = petitions.require(petitionId);
        CommunityRef community = registry.community(communityCode).orElseThrow();
        String grid = intake.gridOf(community.code(), gridCode, gridField);
        petition.locate(community.code(), grid);
        String place = names.place(petition);
        timeline.record(petition, PetitionEventType.RECEIVED, actor, "登记人选定所在地：" + place, "已确定所在地：" + place,
                PetitionStatus.RECEIVED, "已受理");
        return registered(petition);
    }

    /** Number, category and place by name, for Tasklist's task rows. */
    @Transactional(readOnly = true)
    public Matter matter(long petitionId) {
        Petition petition = petitions.require(petitionId);
        return new Matter(petition.getNumber(), names.category(petition.getCategoryCode()), names.place(petition),
                Masking.oneLine(petition.getDescription(), 40));
    }

    /** Every step checks that the petition it was given belongs to the instance it runs in. */
    @Transactional(readOnly = true)
    public void requireBound(long petitionId, String processInstanceId) {
        Petition petition = petitions.require(petitionId);
        if (!processInstanceId.equals(petition.getProcessInstanceId())) {
            throw StepRefused.notBound("诉求", petition.getNumber(), processInstanceId);
        }
    }

    private Registered registered(Petition petition) {
        if (petition.communityPending()) {
            return new Registered(petition.getId(), petition.getNumber(), null, null, petition.getCategoryCode());
        }
        CommunityRef community = registry.community(petition.getCommunityCode()).orElseThrow();
        return new Registered(petition.getId(), petition.getNumber(), community.code(), community.type().name(),
                petition.getCategoryCode());
    }


    /** The start form's values as submitted: the intake applies its rules to each. */
    private static String text(FormInput form, String field) {
        Object value = form.raw(field);
        return value == null ? null : value.toString();
    }
}
