package cn.gongzhi.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What nothing else answered on an Open311 address (an unexpected failure of a controller) is a 500 in GeoReport's
 * shape, in the format of the address, logged with its kind. Runs after every other resolver (the advices, Spring
 * MVC's own), so it changes no answer they give; on every other address it leaves the exception alone.
 */
@Component
class Open311UnexpectedErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(Open311UnexpectedErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        String path = request.getRequestURI();
        if (!ErrorBodies.isOpen311(path) || response.isCommitted()) {
            return null;
        }
        log.error("{} {} failed: {}", request.getMethod(), path, ex.getClass().getName(), ex);
        try {
            response.resetBuffer();
            ErrorBodies.write(response, WireFormat.of(path), 500, "服务器内部错误",
                    "服务器内部错误，请稍后再试 (internal error)");
        } catch (IOException | IllegalStateException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
