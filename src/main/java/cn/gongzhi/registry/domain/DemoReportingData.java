package cn.gongzhi.registry.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for Party members reporting (docs/processes/party-members.md), default profile only: three work units'
 * Party organisations with a contact who can log in, one unit reporting with its joint-building agreement, the
 * in-service members of 和园社区 and 柳树村 given a login and their unit, and the communities' pioneer posts and
 * responsibility areas, all vacant. Loaded once, after the demo registry, when no work-unit organisation exists yet
 * (also into a demo database from before reporting existed); the members have not reported, so a newcomer can.
 */
@Component
@Profile("default")
@Order(1)
class DemoReportingData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReportingData.class);

    private final CommunityRepository communities;
    private final GridRepository grids;
    private final PartyMemberRepository members;
    private final WorkUnitPartyOrgRepository orgs;
    private final UnitReportingRepository unitReportings;
    private final PioneerPostRepository posts;
    private final ResponsibilityAreaRepository areas;

    DemoReportingData(CommunityRepository communities, GridRepository grids, PartyMemberRepository members,
            WorkUnitPartyOrgRepository orgs, UnitReportingRepository unitReportings, PioneerPostRepository posts,
            ResponsibilityAreaRepository areas) {
        this.communities = communities;
        this.grids = grids;
        this.members = members;
        this.orgs = orgs;
        this.unitReportings = unitReportings;
        this.posts = posts;
        this.areas = areas;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Community> heyuan = communities.findByCode("heyuan");
        Optional<Community> liushu = communities.findByCode("liushu");
        if (orgs.count() > 0 || heyuan.isEmpty() || liushu.isEmpty()) {
            return;
        }
        WorkUnitPartyOrg education = org("区教育委员会机关党委", "区教育委员会", "林卫东", "13911110001",
                "jiaowei-party");
        WorkUnitPartyOrg hospital = org("区人民医院党委", "区人民医院", "苏敏", "13911110002", "yiyuan-party");
        WorkUnitPartyOrg school = org("清河镇中心小学党支部", "清河镇中心小学", "宋建平", "13911110003",
                "xiaoxue-party");
        member(heyuan.get(), "郑国华", "zhengguohua", education);
        member(heyuan.get(), "何晓燕", "hexiaoyan", hospital);
        member(liushu.get(), "周志刚", "zhouzhigang", school);

        UnitReporting agreement = new UnitReporting();
        agreement.setOrgId(education.getId());
        agreement.setCommunityId(heyuan.get().getId());
        agreement.setStatus(UnitReporting.IN_FORCE);
        agreement.setReportedOn(LocalDate.of(2026, 3, 1));
        agreement.setResourcesOffered("每季度派教师志愿者开展青少年课后托管；寒暑假开放学校操场");
        agreement.setTermStart(LocalDate.of(2026, 3, 1));
        agreement.setTermEnd(LocalDate.of(2027, 2, 28));
        unitReportings.save(agreement);

        post(heyuan.get(), "社区议事厅服务岗", "议事协商会议的签到、记录与会后意见收集");
        post(heyuan.get(), "老年助餐先锋岗", "每周二、四协助社区食堂为高龄老人送餐");
        area(heyuan.get(), "heyuan-g1", "1号楼、2号楼");
        area(heyuan.get(), "heyuan-g2", "5号楼及中心花园");
        post(liushu.get(), "汛期值守先锋岗", "汛期村口河道巡查与险情报告");
        area(liushu.get(), "liushu-g1", "东片一组、二组院落");
        log.info("Demo reporting loaded: 3 work-unit Party organisations, 3 in-service members with logins, "
                + "posts and responsibility areas in heyuan and liushu");
    }

    private WorkUnitPartyOrg org(String name, String unit, String contact, String phone, String username) {
        WorkUnitPartyOrg org = new WorkUnitPartyOrg();
        org.setName(name);
        org.setWorkUnit(unit);
        org.setContactName(contact);
        org.setContactPhone(phone);
        org.setContactUsername(username);
        return orgs.save(org);
    }

    private void member(Community community, String name, String username, WorkUnitPartyOrg org) {
        members.findByRegisteredCommunityIdOrderById(community.getId()).stream()
                .filter(m -> m.getName().equals(name)).findFirst().ifPresent(m -> {
                    if (m.getUsername() == null) {
                        m.setUsername(username);
                    }
                    m.setWorkUnitOrgId(org.getId());
                });
    }

    private void post(Community community, String name, String duties) {
        PioneerPost post = new PioneerPost();
        post.setCommunityId(community.getId());
        post.setName(name);
        post.setDuties(duties);
        posts.save(post);
    }

    private void area(Community community, String gridCode, String buildings) {
        ResponsibilityArea area = new ResponsibilityArea();
        area.setCommunityId(community.getId());
        area.setGridId(grids.findByCode(gridCode).orElseThrow().getId());
        area.setBuildings(buildings);
        areas.save(area);
    }
}
