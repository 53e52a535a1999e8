package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An unexpected failure on an Open311 address: 500 in GeoReport's shape; elsewhere nothing changes. */
class Open311UnexpectedErrorsTest {

    private final Open311UnexpectedErrors resolver = new Open311UnexpectedErrors();

    @Test
    void internalErrorInTheFormatOfTheAddress() throws Exception {
        MockHttpServletResponse xml = resolve("/open311/v2/requests/P-2026-000001.xml");
        assertThat(xml.getStatus()).isEqualTo(500);
        assertThat(xml.getContentType()).startsWith("text/xml");
        assertThat(xml.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<errors><error><code>500</code><description>服务器内部错误");
        MockHttpServletResponse json = resolve("/open311/v2/services.json");
        assertThat(json.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("[{\"code\":500,");
    }

    @Test
    void otherAddressesAreLeftAlone() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/api/petitions"), response, null,
                new IllegalStateException("boom"))).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse resolve(String path) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", path), response, null,
                new IllegalStateException("boom"))).isNotNull();
        return response;
    }
}
