package cn.gongzhi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Request bodies and answers of the registry API shared by the suites that set up a community over HTTP. */
public final class RegistryBodies {

    private RegistryBodies() {
    }

    /** A community worker; {@code post} STAFF (grade 3) or HEAD (grade 10). */
    public static Map<String, Object> worker(long communityId, String username, String post) {
        return HttpApi.body("communityId", communityId, "name", "工作人员", "username", username, "gender", "FEMALE",
                "post", post, "grade", "HEAD".equals(post) ? 10 : 3, "caseloadLimit", 20);
    }

    /** The id of a record the API created (201), failing with the answer otherwise. */
    public static long created(HttpApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
