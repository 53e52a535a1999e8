package cn.gongzhi.deliberation.process;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.ProcessContract;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deliberation processes' contracts as the engine's command guard enforces them, with who may start each: a
 * village deliberation is proposed by that village's Party branch or villagers' committee, a residents' consultation
 * is raised by that community's residents' committee or Party organisation. The disclosure process is only called.
 */
@Configuration(proxyBeanMethods = false)
class DeliberationContractConfiguration {

    @Bean
    ProcessContract villageDeliberationContract(RegistryService registry) {
        return VillageDeliberationProcess.CONTRACT.startedBy(CommunityStartRule.members(registry, "发起“四议两公开”",
                code -> List.of(GroupIds.partyBranch(code), GroupIds.committee(code))).of(CommunityType.RURAL));
    }

    @Bean
    ProcessContract residentConsultationContract(RegistryService registry) {
        return ResidentConsultationProcess.CONTRACT.startedBy(CommunityStartRule.members(registry, "发起居民协商议事",
                code -> List.of(GroupIds.committee(code), GroupIds.partyBranch(code))).of(CommunityType.URBAN));
    }

    @Bean
    ProcessContract publicDisclosureContract() {
        return PublicDisclosureProcess.CONTRACT;
    }
}
