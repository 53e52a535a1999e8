package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A start form gets no variables from Tasklist, so the petition intake and the whistle list the categories in the form
 * itself: by name, in the catalogue's order, exactly the active categories of the catalogue (petition_category, which
 * the dispatch decision and Open311's services also use). A category added to the catalogue without the forms fails
 * here, not at a worker's desk.
 */
@SpringBootTest
class CategoryChoicesTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"petition-intake.form", "start-escalation.form"})
    void aStartFormOffersExactlyTheCatalogueByName(String file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", file).toFile());
        List<String> offered = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            if ("category".equals(component.path("key").asText())) {
                component.path("values").forEach(v -> offered.add(v.path("value").asText() + "="
                        + v.path("label").asText()));
            }
        }
        List<String> catalogue = jdbc.queryForList(
                "select code, name from petition_category where active = true order by sort_order, code").stream()
                .map(row -> row.get("code") + "=" + row.get("name")).toList();
        assertThat(offered).as(file).isEqualTo(catalogue);
    }
}
