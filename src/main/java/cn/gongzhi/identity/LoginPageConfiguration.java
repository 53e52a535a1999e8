package cn.gongzhi.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The staff login page answers at /login/ (static, src/main/resources/static/login/). */
@Configuration(proxyBeanMethods = false)
class LoginPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login/").setViewName("forward:/login/index.html");
    }
}
