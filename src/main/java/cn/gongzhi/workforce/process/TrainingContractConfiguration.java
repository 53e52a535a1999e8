package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training processes' contracts as the engine's command guard enforces them ({@link TrainingStarters}). */
@Configuration(proxyBeanMethods = false)
class TrainingContractConfiguration {

    @Bean
    ProcessContract trainingCourseContract(TrainingStarters starters) {
        return TrainingCourseProcess.CONTRACT.startedBy(starters.courseRule());
    }

    @Bean
    ProcessContract trainingPlanContract(TrainingStarters starters) {
        return TrainingPlanProcess.CONTRACT.startedBy(starters.planRule());
    }
}
