package cn.gongzhi.supervision;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The units a supervisor may choose on the dashboard, by name with their codes: her street(s), communities, grids
 * (with their community), workers (with their community), petition categories and departments.
 */
@Component
public class SupervisionScopeView {

    private final SupervisionScope scope;

    SupervisionScopeView(SupervisionScope scope) {
        this.scope = scope;
    }

    public Map<String, Object> visible(Collection<String> groups) {
        SupervisionScope.Options options = scope.options(groups);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("streets", options.streets().stream().map(SupervisionScopeView::named).toList());
        view.put("communities", options.communities().stream().map(SupervisionScopeView::named).toList());
        view.put("grids", options.grids().stream().map(SupervisionScopeView::withCommunity).toList());
        view.put("workers", options.workers().stream().map(SupervisionScopeView::withCommunity).toList());
        view.put("categories", options.categories().stream().map(SupervisionScopeView::named).toList());
        view.put("departments", options.departments().stream().map(SupervisionScopeView::named).toList());
        view.put("units", List.of(SupervisionUnit.values()));
        return view;
    }

    private static Map<String, String> named(SupervisionScope.Choice choice) {
        Map<String, String> unit = new LinkedHashMap<>();
        unit.put("code", choice.code());
        unit.put("name", choice.name());
        return unit;
    }

    private static Map<String, String> withCommunity(SupervisionScope.Choice choice) {
        Map<String, String> unit = named(choice);
        unit.put("communityCode", choice.communityCode());
        unit.put("communityName", choice.communityName());
        return unit;
    }
}
