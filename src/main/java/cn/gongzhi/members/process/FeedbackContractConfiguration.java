package cn.gongzhi.members.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The annual feedback's contract as the engine's command guard enforces it ({@link FeedbackStarters}). */
@Configuration(proxyBeanMethods = false)
class FeedbackContractConfiguration {

    @Bean
    ProcessContract annualFeedbackContract(FeedbackStarters starters) {
        return AnnualFeedbackProcess.CONTRACT.startedBy(starters.rule());
    }
}
