package cn.gongzhi.shared;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets configuration properties say {@code women-min-share: 1/3}. */
@Component
@ConfigurationPropertiesBinding
class RatioConverter implements Converter<String, Ratio> {

    @Override
    public Ratio convert(String source) {
        return Ratio.parse(source);
    }
}
