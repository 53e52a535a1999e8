package cn.gongzhi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The product's own pages: every folder of {@code static/} with an {@code index.html} (the resident's petition page,
 * the disclosure board, the staff login, the supervision dashboard) is served at {@code /<folder>/}, and
 * {@code /<folder>} redirects there with its query (a link {@code /petition?number=…} keeps its number). A module adds
 * a page by adding its folder; nothing to register. A controller mapping the same address (the staff login's
 * {@code GET /login}) takes precedence.
 */
@Configuration(proxyBeanMethods = false)
class StaticPages implements WebMvcConfigurer {

    static final String PATTERN = "classpath:/static/*/index.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : folders()) {
            registry.addRedirectViewController("/" + page, "/" + page + "/").setKeepQueryParams(true);
            registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
        }
    }

    /** The folders of {@code static/} that hold a page, by name. */
    static List<String> folders() {
        try {
            Resource[] pages = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return Arrays.stream(pages).map(StaticPages::folder).filter(Objects::nonNull).sorted().distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The pages under static/ cannot be listed", e);
        }
    }

    private static String folder(Resource page) {
        try {
            String url = page.getURL().toString();
            String[] parts = url.split("/");
            return parts.length < 2 ? null : parts[parts.length - 2];
        } catch (IOException e) {
            return null;
        }
    }
}
