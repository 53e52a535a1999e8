package cn.gongzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
// the modules' @ApplicationModuleListener methods run after the publishing transaction commits, on Spring Boot's task
// executor (docs/architecture.md, "Events between modules")
@EnableAsync
public class GongzhiApplication {
    public static void main(String[] args) {
        SpringApplication.run(GongzhiApplication.class, args);
    }
}
