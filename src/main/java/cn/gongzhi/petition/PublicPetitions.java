package cn.gongzhi.petition;

import cn.gongzhi.deliberation.DisclosureService;
import cn.gongzhi.petition.PetitionService.PublicPlace;
import cn.gongzhi.petition.PetitionService.PublicRequest;
import cn.gongzhi.petition.PetitionService.PublicStatus;
import cn.gongzhi.petition.PetitionService.PublicStep;
import cn.gongzhi.petition.domain.Petition;
import cn.gongzhi.petition.domain.PetitionCategory;
import cn.gongzhi.petition.domain.PetitionCategoryRepository;
import cn.gongzhi.petition.domain.PetitionEvent;
import cn.gongzhi.petition.domain.PetitionEventRepository;
import cn.gongzhi.petition.domain.PetitionProperties;
import cn.gongzhi.petition.domain.PetitionRepository;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.Masking;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the public may see of petitions (the resident's look-up by number, the Open311 feed): no person, no exact
 * address, descriptions masked, the area by name and the coordinates at the public precision. Read through
 * {@link PetitionService}, in its transactions.
 */
@Component
class PublicPetitions {

    /** Steps the resident's timeline leaves out: the system's own reminders and the access-list check. */
    private static final Set<PetitionEventType> INTERNAL_STEPS = EnumSet.of(PetitionEventType.REMINDED,
            PetitionEventType.ACCESS_CHECKED);

    private final PetitionRepository petitions;
    private final PetitionEventRepository events;
    private final PetitionCategoryRepository categories;
    private final RegistryService registry;
    private final PetitionProperties properties;
    private final DisclosureService notices;

    PublicPetitions(PetitionRepository petitions, PetitionEventRepository events,
            PetitionCategoryRepository categories, RegistryService registry, PetitionProperties properties,
            DisclosureService notices) {
        this.petitions = petitions;
        this.events = events;
        this.categories = categories;
        this.registry = registry;
        this.properties = properties;
        this.notices = notices;
    }

    Optional<PublicRequest> request(String number) {
        return petitions.findByNumber(number).map(new Answer()::request);
    }

    /** Petitions for Open311's request list, newest first; {@code categories} null or empty: any category. */
    List<PublicRequest> requests(List<String> categoryCodes, LocalDateTime from, LocalDateTime to, Boolean closed,
            int limit) {
        Answer answer = new Answer();
        boolean any = categoryCodes == null || categoryCodes.isEmpty();
        return petitions.search(any, any ? List.of("") : categoryCodes, from, to, closed, PageRequest.of(0, limit))
                .stream()
                .map(answer::request).toList();
    }

    Optional<PublicStatus> status(String number) {
        return petitions.findByNumber(number).map(p -> new PublicStatus(p.getNumber(), categoryName(p),
                registry.community(p.getCommunityCode()).map(CommunityRef::name).orElse(p.getCommunityCode()),
                p.getStatus(), p.getStatus().label(), p.getLatestStep(), p.getReceivedAt(), p.getResolutionDue(),
                p.getUpdatedAt(), p.getClosedAt(), steps(p), notices.about(p.getNumber())));
    }

    /**
     * The resident's timeline: each step's public note (written when the step was recorded), in order; a step with
     * no public note reads as its label. Internal steps are left out, and a line the same as the one before is
     * shown once.
     */
    private List<PublicStep> steps(Petition p) {
        List<PublicStep> steps = new ArrayList<>();
        String previous = null;
        for (PetitionEvent e : events.findByPetitionIdOrderByOccurredAtAscIdAsc(p.getId())) {
            if (INTERNAL_STEPS.contains(e.getType()) || isLegacyAccessCheck(e)) {
                continue;
            }
            String text = e.getPublicNote() != null ? Masking.text(e.getPublicNote()) : e.getType().label();
            if (text.equals(previous)) {
                continue;
            }
            steps.add(new PublicStep(e.getType(), e.getType().label(), e.getOccurredAt(), text));
            previous = text;
        }
        return steps;
    }

    /** Before V10 the access-list check was written as a second DISPATCHED step with this note. */
    private static boolean isLegacyAccessCheck(PetitionEvent e) {
        return e.getType() == PetitionEventType.DISPATCHED && e.getNote() != null && e.getNote().startsWith("准入核查：");
    }

    /**
     * One public answer: its requests, with the name of each community and grid looked up once (a feed lists up to
     * 1,000 petitions).
     */
    private final class Answer {

        private final Map<String, String> communities = new HashMap<>();
        private final Map<String, Optional<String>> grids = new HashMap<>();

        PublicRequest request(Petition p) {
            return new PublicRequest(p.getNumber(), p.getStatus(), p.getLatestStep(), p.getCategoryCode(),
                    categoryName(p), Masking.text(p.getDescription()), p.getHandlingUnit(), p.getReceivedAt(),
                    p.getUpdatedAt(), p.getResolutionDue(),
                    new PublicPlace(area(p), publicPrecision(p.getLatitude()), publicPrecision(p.getLongitude())),
                    p.getMediaUrl());
        }

        private String area(Petition p) {
            String community = communities.computeIfAbsent(p.getCommunityCode(),
                    code -> registry.community(code).map(CommunityRef::name).orElse(code));
            Optional<String> grid = p.getGridCode() == null ? Optional.empty()
                    : grids.computeIfAbsent(p.getGridCode(), code -> registry.grid(code).map(GridRef::name));
            return grid.map(name -> community + " " + name).orElse(community);
        }
    }

    private BigDecimal publicPrecision(BigDecimal degrees) {
        return degrees == null ? null
                : degrees.setScale(properties.publicCoordinateDecimals(), RoundingMode.HALF_UP);
    }

    private String categoryName(Petition p) {
        return categories.findById(p.getCategoryCode()).map(PetitionCategory::getName).orElse(p.getCategoryCode());
    }
}
