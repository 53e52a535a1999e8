package cn.gongzhi.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses some requests before any application code sees them: an encoded slash ({@code %2F}) or a NUL
 * ({@code %00}) in the path, a URI it cannot decode. It answered those with its own HTML page saying only "Bad
 * Request". This error report answers them as JSON saying why, in the format of the API the path belongs to: problem
 * details for ours, {@code {"type", "message"}} for the engine REST API, {@code [{"code", "description"}]} for Open311.
 * Anything the application answered itself is left alone.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequestAnswers {

    /** Runs after Spring Boot's own customizer, and replaces the error report valve that one installs. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> rejectedRequestsAnsweredAsJson() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // the host adds a default (HTML) report valve at start unless one of this class is present
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new JsonErrorReportValve());
            }
        });
    }

    /** Tomcat's error report, as JSON. Public: Tomcat instantiates it by class name. */
    public static class JsonErrorReportValve extends ErrorReportValve {

        static final String DETAIL = "请求无法解析，服务器未处理：地址或请求头不合规范"
                + "（例如路径中含编码的斜杠 %2F、反斜杠、空字符 %00 或无法解码的字符）";

        public JsonErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String path = request.getRequestURI() == null ? "" : request.getRequestURI();
            String detail = status == 400 ? DETAIL : "请求无法处理（HTTP " + status + "）";
            WireFormat format = WireFormat.of(path);
            String body = ErrorBodies.body(format, status, "请求无效", detail);
            try {
                response.setContentType(format.contentType());
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot be written: nothing more to say
            }
        }
    }
}
