package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Open311 answers whatever the Accept header asks (the extension decides), so no 406 reaches a 311 client; should
 * Spring MVC still refuse one on an Open311 address, it is answered in GeoReport's shape in the address's format.
 */
class Open311NotAcceptableTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void notAcceptableInXmlAndJson() throws Exception {
        ResponseEntity<Object> xml = answer("/open311/v2/services.xml");
        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(xml.getHeaders().getContentType().toString()).isEqualTo("text/xml;charset=UTF-8");
        assertThat(new String((byte[]) xml.getBody(), StandardCharsets.UTF_8))
                .contains("<errors><error><code>406</code><description>");
        ResponseEntity<Object> json = answer("/open311/v2/services.json");
        assertThat(json.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(new String((byte[]) json.getBody(), StandardCharsets.UTF_8)).startsWith("[{\"code\":406,");
        ResponseEntity<Object> ours = answer("/api/petitions");
        assertThat(ours.getBody()).isInstanceOf(org.springframework.http.ProblemDetail.class);
    }

    private ResponseEntity<Object> answer(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return advice.handleException(new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)),
                new ServletWebRequest(request));
    }
}
