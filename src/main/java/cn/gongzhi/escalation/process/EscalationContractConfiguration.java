package cn.gongzhi.escalation.process;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.ProcessContract;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation's contract as the engine's command guard enforces it. By hand, only the community's own Party
 * organisation blows the whistle; from a petition, the petition process starts it by its message, which only the
 * engine itself may send.
 */
@Configuration(proxyBeanMethods = false)
class EscalationContractConfiguration {

    @Bean
    ProcessContract jointMeetingEscalationContract(RegistryService registry) {
        return JointMeetingEscalationProcess.CONTRACT.startedBy(CommunityStartRule.members(registry, "吹哨",
                code -> List.of(GroupIds.partyBranch(code))));
    }
}
