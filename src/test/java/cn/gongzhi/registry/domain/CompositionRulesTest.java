package cn.gongzhi.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.CommitteeKind;
import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.MemberRole;
import cn.gongzhi.support.Configs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final CompositionRules rules = new CompositionRules(Configs.bind(RegistryProperties.class));

    @ParameterizedTest(name = "{0} representatives of {1} members: warned {2}")
    @CsvSource({"12, 15, false", "11, 15, true", "4, 5, false", "3, 5, true"})
    void representativesMustBeFourFifthsOfTheAssembly(int representatives, int size, boolean warned) {
        List<CommitteeMember> members = members(size, representatives, size);
        assertThat(warningsOf(CommitteeKind.VILLAGER_REPRESENTATIVE_ASSEMBLY, members))
                .matches(w -> w.stream().anyMatch(s -> s.startsWith("村民代表应占")) == warned, "warned " + warned);
    }

    @ParameterizedTest(name = "{0} women of {1} members: warned {2}")
    @CsvSource({"5, 15, false", "4, 15, true", "4, 12, false", "3, 12, true"})
    void womenMustBeOneThirdOfTheAssembly(int women, int size, boolean warned) {
        List<CommitteeMember> members = members(size, size, women);
        assertThat(warningsOf(CommitteeKind.VILLAGER_REPRESENTATIVE_ASSEMBLY, members))
                .matches(w -> w.stream().anyMatch(s -> s.startsWith("妇女村民代表")) == warned, "warned " + warned);
    }

    @Test
    void theShareIsConfiguration() {
        CompositionRules local = new CompositionRules(Configs.bind(RegistryProperties.class,
                "composition.representatives-min-share=9/10"));
        Committee assembly = committee(CommitteeKind.VILLAGER_REPRESENTATIVE_ASSEMBLY);
        assertThat(local.warnings(assembly, members(10, 8, 5), List.of(), TODAY)).hasSize(1);
        assertThat(local.warnings(assembly, members(10, 9, 5), List.of(), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "villagers' committee of {0} with {1} women: {2} warnings")
    @CsvSource({"2, 1, 1", "3, 1, 0", "7, 2, 0", "8, 2, 1", "5, 0, 1"})
    void villagersCommitteeHasThreeToSevenMembersIncludingAWoman(int size, int women, int warnings) {
        assertThat(warningsOf(CommitteeKind.VILLAGERS_COMMITTEE, members(size, 0, women))).hasSize(warnings);
    }

    @Test
    void supervisionCommitteeMembersMayNotSitOnTheVillagersCommittee() {
        Committee supervision = committee(CommitteeKind.AFFAIRS_SUPERVISION_COMMITTEE);
        List<CommitteeMember> supervisors = members(3, 0, 1);
        supervisors.get(0).setUsername("liude");
        CommitteeMember director = member(MemberRole.DIRECTOR, Gender.MALE);
        director.setUsername("liude");
        assertThat(rules.warnings(supervision, supervisors, List.of(director), TODAY))
                .singleElement().asString().contains("第三十二条");
        director.setUsername("someone-else");
        assertThat(rules.warnings(supervision, supervisors, List.of(director), TODAY)).isEmpty();
    }

    @Test
    void expiredTermIsReported() {
        Committee committee = committee(CommitteeKind.PARTY_BRANCH);
        committee.setTermEnd(TODAY.minusDays(1));
        assertThat(rules.warnings(committee, members(3, 0, 1), List.of(), TODAY)).singleElement().asString()
                .contains("届满");
        committee.setTermEnd(TODAY);
        assertThat(rules.warnings(committee, members(3, 0, 1), List.of(), TODAY)).isEmpty();
    }

    private List<String> warningsOf(CommitteeKind kind, List<CommitteeMember> members) {
        return rules.warnings(committee(kind), members, List.of(), TODAY);
    }

    private static Committee committee(CommitteeKind kind) {
        Committee committee = new Committee();
        committee.setKind(kind);
        committee.setTermStart(LocalDate.of(2026, 1, 1));
        committee.setTermEnd(LocalDate.of(2030, 12, 31));
        return committee;
    }

    private static List<CommitteeMember> members(int size, int representatives, int women) {
        List<CommitteeMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(member(i < representatives ? MemberRole.REPRESENTATIVE : MemberRole.MEMBER,
                    i < women ? Gender.FEMALE : Gender.MALE));
            members.get(i).setPersonName("成员" + i);
        }
        return members;
    }

    private static CommitteeMember member(MemberRole role, Gender gender) {
        CommitteeMember member = new CommitteeMember();
        member.setRole(role);
        member.setGender(gender);
        member.setPersonName("成员");
        return member;
    }
}
