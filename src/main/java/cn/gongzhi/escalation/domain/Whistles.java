package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.petition.EscalationContract;
import cn.gongzhi.petition.EscalationContract.Grounds;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionService.OpenPetition;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FormInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an escalation begins: registered from a petition (joining an open escalation of the same community and category)
 * or by hand, and the community Party organisation's whistle (reason, what was tried, the petitions it takes up).
 */
@Service
@Transactional
public class Whistles {

    private static final List<EscalationStatus> OPEN = List.of(EscalationStatus.WHISTLE, EscalationStatus.CONVENING,
            EscalationStatus.MEETING, EscalationStatus.SUPERVISING);
    /** The form field of the related petitions a whistle takes up. */
    public static final String RELATED_PETITIONS = "relatedPetitions";
    /** The longest reason and account of what was tried. */
    static final int WHISTLE_TEXT_MAX = 2000;

    /** An escalation registered at its start; {@code bundled}: the petition joined an open escalation instead. */
    public record Registered(long escalationId, String number, String communityCode, String streetCode,
            String category, boolean bundled, boolean whistleFiled) {}

    /** The whistle as the community Party organisation files it. */
    public record Whistle(String reason, String triedSoFar, List<String> relatedPetitions) {

        /** Reads the whistle's text from a form; refuses (naming the field) what is missing or too long. */
        public static Whistle from(FormInput form, List<String> relatedPetitions) {
            return new Whistle(form.text("reason", "请说明社区无法单独解决的原因", WHISTLE_TEXT_MAX),
                    form.text("triedSoFar", "请说明社区已采取的措施", WHISTLE_TEXT_MAX), List.copyOf(relatedPetitions));
        }
    }

    private final EscalationLedger ledger;
    private final RegistryService registry;
    private final PetitionService petitionService;

    Whistles(EscalationLedger ledger, RegistryService registry, PetitionService petitionService) {
        this.ledger = ledger;
        this.registry = registry;
        this.petitionService = petitionService;
    }

    /**
     * Registers the escalation. From a petition: joins an open escalation of the same community and category if
     * there is one (one escalation, several petitions), else opens one. By hand: the start form is the whistle.
     */
    public Registered register(Map<String, Object> values, List<String> relatedPetitions, String actor,
            String processInstanceId) {
        FormInput form = FormInput.of(values);
        String petition = form.optionalText(EscalationContract.PETITION_NUMBER.name(), 20);
        String communityCode = form.text(CommonVariables.COMMUNITY_CODE.name(), "请选择社区（村）", 32);
        CommunityRef community = registry.community(communityCode)
                .orElseThrow(() -> new InvalidFieldException("community", "没有这个社区（村），请从列表中选择"));
        String category = form.text("category", "请选择事项类别", 48);
        requireCategory(category);
        if (petition != null) {
            List<Escalation> open = ledger.escalations.findByCommunityCodeAndCategoryCodeAndStatusIn(communityCode,
                    category, OPEN);
            if (!open.isEmpty()) {
                Escalation existing = open.get(0);
                ledger.link(existing, petition);
                ledger.record(existing.getId(), "BUNDLED", "系统", "诉求 " + petition + " 并入本次吹哨");
                return registered(existing, true, true);
            }
        }
        Whistle whistle = petition == null ? Whistle.from(form, relatedPetitions) : null;
        Escalation escalation = ledger.escalations.saveAndFlush(new Escalation(communityCode, community.streetCode(),
                category, petition != null ? "PETITION" : "MANUAL", actor != null ? actor : "系统", ledger.now(),
                processInstanceId));
        escalation.assignNumber();
        if (petition != null) {
            ledger.link(escalation, petition);
            ledger.record(escalation.getId(), "OPENED", "系统", "诉求 " + petition + " 提请吹哨");
            return registered(escalation, false, false);
        }
        whistle(escalation, whistle, actor);
        return registered(escalation, false, true);
    }

    /** Refuses (400 naming the field) a category the catalogue does not have: checked as soon as a whistle starts. */
    @Transactional(readOnly = true)
    public void requireCategory(String category) {
        if (category == null || category.isBlank()) {
            throw new InvalidFieldException("category", "请选择事项类别");
        }
        if (petitionService.categories().stream().noneMatch(c -> c.code().equals(category))) {
            throw new InvalidFieldException("category", "未知的事项类别：" + category);
        }
    }

    /** The community Party organisation files the whistle: reason, what was tried, other petitions on the matter. */
    public void whistle(long escalationId, Whistle whistle, String actor) {
        whistle(ledger.load(escalationId), whistle, actor);
    }

    private void whistle(Escalation escalation, Whistle whistle, String actor) {
        Set<String> open = new HashSet<>(openPetitions(escalation.getCommunityCode()).stream()
                .map(OpenPetition::number).toList());
        for (String petition : whistle.relatedPetitions()) {
            if (!open.contains(petition)) {
                throw new InvalidFieldException(RELATED_PETITIONS, "诉求 " + petition + " 不是本社区未办结的诉求："
                        + "只能并入本社区的诉求");
            }
        }
        whistle.relatedPetitions().forEach(petition -> ledger.link(escalation, petition));
        escalation.whistle(whistle.reason(), whistle.triedSoFar());
        escalation.setStatus(EscalationStatus.CONVENING);
        ledger.record(escalation.getId(), "WHISTLE", actor, whistle.reason());
    }

    /** A community's petitions still open, which a whistle may take up. */
    @Transactional(readOnly = true)
    public List<OpenPetition> openPetitions(String communityCode) {
        return petitionService.openPetitions(communityCode);
    }

    /** The open petitions a whistle of this escalation may still take up: not already part of it. */
    @Transactional(readOnly = true)
    public List<OpenPetition> relatablePetitions(long escalationId) {
        Escalation escalation = ledger.load(escalationId);
        Set<String> linked = new HashSet<>(ledger.petitions(escalationId).stream()
                .map(EscalationPetition::getPetitionNumber).toList());
        return openPetitions(escalation.getCommunityCode()).stream().filter(p -> !linked.contains(p.number()))
                .toList();
    }

    /** What the handler wrote when she asked for the whistle, if the escalation came from a petition. */
    @Transactional(readOnly = true)
    public Optional<Grounds> grounds(long escalationId) {
        return ledger.petitions(escalationId).stream().findFirst()
                .flatMap(p -> petitionService.escalationGrounds(p.getPetitionNumber()));
    }

    private static Registered registered(Escalation e, boolean bundled, boolean whistleFiled) {
        return new Registered(e.getId(), e.getNumber(), e.getCommunityCode(), e.getStreetCode(), e.getCategoryCode(),
                bundled, whistleFiled);
    }
}
