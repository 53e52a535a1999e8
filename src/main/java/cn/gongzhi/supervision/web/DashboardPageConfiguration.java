package cn.gongzhi.supervision.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The supervisors' dashboard answers at /supervision/; its data needs a supervisor's login. */
@Configuration(proxyBeanMethods = false)
class DashboardPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/supervision", "/supervision/");
        registry.addViewController("/supervision/").setViewName("forward:/supervision/index.html");
    }
}
