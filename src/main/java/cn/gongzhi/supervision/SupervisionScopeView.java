package cn.gongzhi.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The units a supervisor may choose on the dashboard. */
@Component
public class SupervisionScopeView {

    private final SupervisionScope scope;

    SupervisionScopeView(SupervisionScope scope) {
        this.scope = scope;
    }

    public Map<String, Object> visible(Collection<String> groups) {
        SupervisionScope.Visible visible = scope.visible(groups);
        return Map.of("streets", visible.streets(), "communities", visible.communities().stream()
                .map(c -> Map.of("code", c.code(), "name", c.name(), "streetCode", c.streetCode())).toList(),
                "units", List.of(SupervisionUnit.values()));
    }
}
