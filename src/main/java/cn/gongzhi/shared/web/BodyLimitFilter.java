package cn.gongzhi.shared.web;

import cn.gongzhi.shared.ContentTypes;
import cn.gongzhi.shared.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies on every way in with 413 before anything reads them: our APIs, pages and Open311
 * ({@code gongzhi.limits.body.product}), a community or grid of the registry API, which may carry a boundary
 * ({@code boundary}), the engine REST API and the webapps' APIs ({@code engine}), a deployment through either
 * ({@code deployment}). A body sent in chunks, without a declared length, is read up to the limit and
 * refused as soon as it passes it; one within the limit is handed on from memory. The answer comes in the format of
 * the API the path belongs to (Open311's, Camunda's, problem details).
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private final LimitsProperties.Body limits;

    BodyLimitFilter(LimitsProperties.Body limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limitFor(request.getRequestURI());
        long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            refuse(request, response, limit);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (body.length > max) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private DataSize limitFor(String path) {
        if (path.startsWith("/api/registry/communities") || path.startsWith("/api/registry/grids")) {
            return limits.boundary();
        }
        if (!ErrorBodies.isCamundaApi(path)) {
            return limits.product();
        }
        return path.endsWith("/deployment/create") ? limits.deployment() : limits.engine();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
            throws IOException {
        ErrorBodies.refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE.value(), "请求过大",
                "请求体不能超过 " + shown(limit) + "，未处理");
    }

    /** 64 KB, 5 MB: as the limit is configured. */
    static String shown(DataSize size) {
        long bytes = size.toBytes();
        if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes > 0 && bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " 字节";
    }

    /** The request with its body already in memory; the fields of a form are parsed from it. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Map<String, String[]> parameters;

        ReadBody(HttpServletRequest request, byte[] body) throws IOException {
            super(request);
            this.body = body;
            // the container sees only the query string now: the body has been read
            Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
            if (ContentTypes.formEncoded(request.getContentType())) {
                form(request.getContentType()).forEach((name, values) -> parameters.merge(name,
                        values.toArray(String[]::new),
                        (a, b) -> Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new)));
            }
            this.parameters = Collections.unmodifiableMap(parameters);
        }


        private MultiValueMap<String, String> form(String contentType) throws IOException {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(contentType));
            return new FormHttpMessageConverter().read(null, new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return headers;
                }
            });
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters.keySet()));
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
