package cn.gongzhi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.RegistryService.AttendanceRoll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Who is due at each kind of meeting, drawn from the demo registry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttendanceRollTest {

    @Autowired
    RegistryService registry;

    @Test
    void jointMeetingCountsEachPersonOfBothCommitteesOnce() {
        AttendanceRoll roll = registry.attendanceRoll("liushu", AssemblyBody.TWO_COMMITTEES_JOINT_MEETING);
        assertThat(roll.names()).containsExactlyInAnyOrder("李明", "王秀英", "张建国", "刘德");
        assertThat(roll.count()).isEqualTo(4);
    }

    @Test
    void partyMembersAssemblyLeavesOutMembersInServiceElsewhere() {
        AttendanceRoll roll = registry.attendanceRoll("liushu", AssemblyBody.PARTY_MEMBERS_ASSEMBLY);
        assertThat(roll.names()).contains("李明", "马玉珍", "赵桂兰").doesNotContain("周志刚");
        assertThat(roll.count()).isEqualTo(5);
    }

    @Test
    void representativeAssembliesAreTheirMembers() {
        assertThat(registry.attendanceRoll("liushu", AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY).count())
                .isEqualTo(15);
        assertThat(registry.attendanceRoll("heyuan", AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY).names())
                .hasSize(10).contains("黄强", "冯兰");
    }

    @Test
    void assembliesOfAllResidentsAreCountedNotListed() {
        AttendanceRoll villagers = registry.attendanceRoll("liushu", AssemblyBody.VILLAGERS_ASSEMBLY);
        assertThat(villagers.names()).isEmpty();
        assertThat(villagers.count()).isEqualTo(1500);
        assertThat(villagers.households()).isEqualTo(620);
        assertThat(registry.attendanceRoll("heyuan", AssemblyBody.RESIDENTS_ASSEMBLY).count()).isEqualTo(7800);
    }
}
