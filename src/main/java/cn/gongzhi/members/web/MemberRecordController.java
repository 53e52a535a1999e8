package cn.gongzhi.members.web;

import cn.gongzhi.members.MemberRecords;
import cn.gongzhi.members.MemberRecords.MemberRecord;
import cn.gongzhi.members.MemberRecords.UnitRecords;
import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Party member's own record, and a work unit contact's view of her unit's members (the page /members/ calls these
 * with the Tasklist login; API clients with HTTP Basic). The login decides whose record: there is no member id to ask
 * for, so no one reads another's.
 */
@RestController
@RequestMapping("/api/members")
class MemberRecordController {

    static final String NOT_A_MEMBER = "当前登录不是在职党员：党员服务记录只对已登记登录账号的在职党员本人开放";
    static final String NOT_A_CONTACT = "当前登录不是单位党组织的联系人：只有单位联系人可查看本单位党员的服务记录";

    private final MemberRecords records;

    MemberRecordController(MemberRecords records) {
        this.records = records;
    }

    @GetMapping("/me")
    MemberRecord me(Principal principal) {
        return records.own(principal.getName()).orElseThrow(() -> new AccessDeniedException(NOT_A_MEMBER));
    }

    @GetMapping("/unit")
    UnitRecords unit(Principal principal) {
        return records.unit(principal.getName()).orElseThrow(() -> new AccessDeniedException(NOT_A_CONTACT));
    }
}
