package cn.gongzhi.deliberation.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The disclosure board answers at /disclosures/. */
@Configuration(proxyBeanMethods = false)
class DisclosurePageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/disclosures", "/disclosures/");
        registry.addViewController("/disclosures/").setViewName("forward:/disclosures/index.html");
    }
}
