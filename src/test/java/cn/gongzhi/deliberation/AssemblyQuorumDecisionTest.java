package cn.gongzhi.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/AssemblyQuorumDecision.dmn: every rule at its boundary. */
class AssemblyQuorumDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream file = new FileInputStream("processes/AssemblyQuorumDecision.dmn")) {
            decision = dmn.parseDecision("AssemblyQuorumDecision", file);
        }
    }

    @ParameterizedTest(name = "{0}: {1} due, {2} present, households {3}/{4}, {5} for -> quorum {6}, passed {7}")
    @CsvSource({
            // joint meeting of the two committees: more than half attend, majority of those present
            "TWO_COMMITTEES_JOINT_MEETING,    10, 5,  0,   0,   5,  false, false",
            "TWO_COMMITTEES_JOINT_MEETING,    10, 6,  0,   0,   4,  true,  true",
            "TWO_COMMITTEES_JOINT_MEETING,    10, 6,  0,   0,   3,  true,  false",
            // Party members' assembly: at least 2/3 attend; more than half of those DUE vote for
            "PARTY_MEMBERS_ASSEMBLY,          30, 19, 0,   0,   19, false, false",
            "PARTY_MEMBERS_ASSEMBLY,          30, 20, 0,   0,   16, true,  true",
            "PARTY_MEMBERS_ASSEMBLY,          30, 20, 0,   0,   15, true,  false",
            // villagers' assembly: more than half of adults, or at least 2/3 of households; majority of present
            "VILLAGERS_ASSEMBLY,              1500, 751, 620, 0, 376, true, true",
            "VILLAGERS_ASSEMBLY,              1500, 600, 620, 414, 301, true, true",
            "VILLAGERS_ASSEMBLY,              1500, 751, 620, 0, 375, true, false",
            "VILLAGERS_ASSEMBLY,              1500, 600, 620, 414, 300, true, false",
            "VILLAGERS_ASSEMBLY,              1500, 750, 620, 413, 750, false, false",
            // villagers' representative assembly: at least 2/3 of members; majority of present
            "VILLAGER_REPRESENTATIVE_ASSEMBLY, 30, 19, 0,  0,   19, false, false",
            "VILLAGER_REPRESENTATIVE_ASSEMBLY, 30, 20, 0,  0,   11, true,  true",
            "VILLAGER_REPRESENTATIVE_ASSEMBLY, 30, 20, 0,  0,   10, true,  false",
            // residents' (representative) assembly: more than half attend, majority of present
            "RESIDENTS_ASSEMBLY,              100, 50, 0,  0,   50, false, false",
            "RESIDENT_REPRESENTATIVE_ASSEMBLY, 20, 11, 0,  0,   6,  true,  true",
            "RESIDENTS_ASSEMBLY,              100, 51, 0,  0,   25, true,  false"})
    void quorumAndVoteAreExactAtTheBoundaries(String body, int due, int present, int householdsDue,
            int householdsPresent, int votesFor, boolean quorum, boolean passed) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Map.of("bodyKind", body, "dueCount", due,
                "presentCount", present, "householdsDue", householdsDue, "householdsPresent", householdsPresent,
                "votesFor", votesFor)).getSingleResult();
        assertThat((Boolean) result.getEntry("quorumReached")).as("quorum").isEqualTo(quorum);
        assertThat((Boolean) result.getEntry("passed")).as("passed").isEqualTo(passed);
    }
}
