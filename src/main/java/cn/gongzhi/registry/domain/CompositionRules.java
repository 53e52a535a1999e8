package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.CommitteeKind;
import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.MemberRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The composition checks the law sets for committees. A breach does not block the write (the registry must be able
 * to record the real, imperfect state of a committee); it is reported as a warning on the committee.
 */
@Component
public class CompositionRules {

    private final RegistryProperties.Composition rules;

    CompositionRules(RegistryProperties properties) {
        this.rules = properties.composition();
    }

    /**
     * @param committee the committee checked
     * @param members its members
     * @param selfGoverningMembers members of the same community's residents'/villagers' committee (for the
     *                             independence of the affairs supervision committee)
     * @param today the day the term is checked against
     */
    public List<String> warnings(Committee committee, List<CommitteeMember> members,
            Collection<CommitteeMember> selfGoverningMembers, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        int size = members.size();
        if (committee.getTermEnd() != null && committee.getTermEnd().isBefore(today)) {
            warnings.add("任期已于 " + committee.getTermEnd() + " 届满，应及时换届。");
        }
        if (size == 0) {
            warnings.add("尚未登记成员。");
            return warnings;
        }
        long women = members.stream().filter(m -> m.getGender() == Gender.FEMALE).count();
        switch (committee.getKind()) {
            case VILLAGER_REPRESENTATIVE_ASSEMBLY -> {
                long representatives = members.stream().filter(m -> m.getRole() == MemberRole.REPRESENTATIVE).count();
                if (!rules.representativesMinShare().isMetBy(representatives, size)) {
                    warnings.add("村民代表应占村民代表会议组成人员的 " + rules.representativesMinShare()
                            + " 以上（《村民委员会组织法》第二十五条），现为 " + representatives + "/" + size + "。");
                }
                if (!rules.womenMinShare().isMetBy(women, size)) {
                    warnings.add("妇女村民代表应占村民代表会议组成人员的 " + rules.womenMinShare()
                            + " 以上（《村民委员会组织法》第二十五条），现为 " + women + "/" + size + "。");
                }
            }
            case VILLAGERS_COMMITTEE -> {
                if (size < rules.villagersCommitteeMinSize() || size > rules.villagersCommitteeMaxSize()) {
                    warnings.add("村民委员会由主任、副主任和委员共 " + rules.villagersCommitteeMinSize() + " 至 "
                            + rules.villagersCommitteeMaxSize() + " 人组成（《村民委员会组织法》第六条），现为 "
                            + size + " 人。");
                }
                if (women < rules.villagersCommitteeMinWomen()) {
                    warnings.add("村民委员会成员中应当有妇女成员（《村民委员会组织法》第六条）。");
                }
            }
            case AFFAIRS_SUPERVISION_COMMITTEE -> {
                Set<String> selfGoverning = selfGoverningMembers.stream()
                        .map(CommitteeMember::personKey).collect(Collectors.toSet());
                members.stream().filter(m -> selfGoverning.contains(m.personKey())).forEach(m -> warnings.add(
                        m.getPersonName() + " 同时是居（村）民委员会成员，不得担任监督委员会成员（《村民委员会组织法》第三十二条）。"));
            }
            default -> {
                // no composition rule in national law for the other bodies
            }
        }
        if (committee.getKind() == CommitteeKind.AFFAIRS_SUPERVISION_COMMITTEE && size < 3) {
            warnings.add("监督委员会一般由 3 至 5 人组成，现为 " + size + " 人。");
        }
        return warnings;
    }
}
