package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The community service process's contract as the engine's command guard enforces it ({@link ServicePublishers}). */
@Configuration(proxyBeanMethods = false)
class ServiceContractConfiguration {

    @Bean
    ProcessContract communityServiceContract(ServicePublishers publishers) {
        return CommunityServiceProcess.CONTRACT.startedBy(publishers.rule());
    }
}
