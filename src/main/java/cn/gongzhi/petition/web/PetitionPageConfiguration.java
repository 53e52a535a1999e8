package cn.gongzhi.petition.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The residents' page answers at /petition/ (the address on posters and in the README), not only at its file. */
@Configuration(proxyBeanMethods = false)
class PetitionPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/petition", "/petition/");
        registry.addViewController("/petition/").setViewName("forward:/petition/index.html");
    }
}
