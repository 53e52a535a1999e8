package cn.gongzhi.supervision.web;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.PetitionList;
import cn.gongzhi.supervision.SupervisionUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 诉求清单 for supervisors: the petitions her street, community, grid, worker, category or department received in a
 * period, newest first, {@code page} and {@code size} (at most 100) at a time; units outside her scope are refused as
 * on the rest of the dashboard.
 */
@RestController
class PetitionListController {

    private final PetitionList list;

    PetitionListController(PetitionList list) {
        this.list = list;
    }

    @GetMapping("/api/supervision/petitions")
    PetitionList.Page petitions(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "STREET") String unit,
            @RequestParam(required = false) String unitId, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "50") String size, Authentication user) {
        return list.list(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(),
                SupervisionController.unit(unit), unitId, SupervisionController.date(from, "from"),
                SupervisionController.date(to, "to"), number(page, "page"), number(size, "size"));
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, field + " 应为整数");
        }
    }
}
