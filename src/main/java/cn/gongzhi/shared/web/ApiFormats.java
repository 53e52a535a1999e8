package cn.gongzhi.shared.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Our APIs answer JSON (problem details for errors), whatever the Accept header asks: Jackson's XML module is on the
 * class path for Open311 only ({@link cn.gongzhi.shared.Open311Format}, which writes its own answers), so the XML
 * converter Spring Boot registers for it is taken out of Spring MVC's. A client asking {@code /api/...} for
 * {@code application/xml} gets 406 as before, one accepting anything gets JSON.
 */
@Configuration(proxyBeanMethods = false)
class ApiFormats implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter instanceof MappingJackson2XmlHttpMessageConverter);
    }
}
