package cn.gongzhi.escalation.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation's contract as the engine's command guard enforces it. By hand, only a community's own Party
 * organisation blows the whistle ({@link WhistleCommunities}); from a petition, the petition process starts it by its
 * message, which only the engine itself may send.
 */
@Configuration(proxyBeanMethods = false)
class EscalationContractConfiguration {

    @Bean
    ProcessContract jointMeetingEscalationContract(WhistleCommunities communities) {
        return JointMeetingEscalationProcess.CONTRACT.startedBy(communities.rule());
    }
}
