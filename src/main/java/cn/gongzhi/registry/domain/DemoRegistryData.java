package cn.gongzhi.registry.domain;

import static cn.gongzhi.registry.Gender.FEMALE;
import static cn.gongzhi.registry.Gender.MALE;
import static cn.gongzhi.registry.MemberRole.DEPUTY_DIRECTOR;
import static cn.gongzhi.registry.MemberRole.DEPUTY_SECRETARY;
import static cn.gongzhi.registry.MemberRole.DIRECTOR;
import static cn.gongzhi.registry.MemberRole.MEMBER;
import static cn.gongzhi.registry.MemberRole.REPRESENTATIVE;
import static cn.gongzhi.registry.MemberRole.SECRETARY;

import cn.gongzhi.registry.AccessListKind;
import cn.gongzhi.registry.CommitteeKind;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.MemberRole;
import cn.gongzhi.registry.WorkerPost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long because it is data: the demo street, its communities, committees, workers, grids with their boundaries, Party
 * members, departments and access lists, written out record by record, so that the demo, the journeys and the tests
 * find the people and places they name.
 * <p>
 * Demo data for the default (embedded) profile: one street with an urban community and a rural village, their
 * committees, workers, grids, Party members, departments and access lists. Loaded once, into an empty registry; never
 * under the {@code mysql} or any other profile.
 */
@Component
@Profile("default")
@Order(0)
class DemoRegistryData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistryData.class);
    private static final LocalDate TERM_START = LocalDate.of(2026, 1, 10);
    private static final LocalDate TERM_END = LocalDate.of(2031, 1, 9);

    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final GridRepository grids;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final CommunityWorkerRepository workers;
    private final PartyMemberRepository partyMembers;
    private final DepartmentRepository departments;
    private final AccessListItemRepository accessList;

    DemoRegistryData(StreetRepository streets, CommunityRepository communities, GridRepository grids,
            CommitteeRepository committees, CommitteeMemberRepository members, CommunityWorkerRepository workers,
            PartyMemberRepository partyMembers, DepartmentRepository departments, AccessListItemRepository accessList) {
        this.streets = streets;
        this.communities = communities;
        this.grids = grids;
        this.committees = committees;
        this.members = members;
        this.workers = workers;
        this.partyMembers = partyMembers;
        this.departments = departments;
        this.accessList = accessList;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (streets.count() > 0) {
            return;
        }
        Street qinghe = street("qinghe", "清河街道");
        Committee streetParty = committee(null, qinghe, "qinghe-party-working", "清河街道党工委",
                CommitteeKind.STREET_PARTY_WORKING_COMMITTEE);
        member(streetParty, "高建", "gaojian", SECRETARY, true, MALE);
        member(streetParty, "林晓", "linxiao", MEMBER, true, FEMALE);

        Department housing = department(qinghe, "housing", "区住房和城乡建设委员会", "housing-liaison",
                "PROPERTY_MANAGEMENT", "HOUSING_SAFETY", "OLD_COMPOUND_RENOVATION");
        Department water = department(qinghe, "water", "区水务局", "water-liaison", "WATER_SUPPLY", "DRAINAGE");
        department(qinghe, "power", "区供电公司", "power-liaison", "POWER_SUPPLY");
        department(qinghe, "gas-heating", "区燃气热力公司", "heating-liaison", "GAS_SUPPLY", "HEATING");
        department(qinghe, "urban-mgmt", "区城市管理委员会", "urban-liaison",
                "SANITATION", "ROAD_REPAIR", "GREENING", "STREET_LIGHTING");
        Department enforcement = department(qinghe, "enforcement", "区城市管理综合执法局", "enforcement-liaison",
                "ILLEGAL_CONSTRUCTION", "STREET_VENDING", "NOISE");
        Department civil = department(qinghe, "civil-affairs", "区民政局", "civil-liaison",
                "ELDERLY_CARE", "SOCIAL_ASSISTANCE");
        Department police = department(qinghe, "police", "清河派出所", "police-liaison", "PUBLIC_SECURITY");

        urbanCommunity(qinghe, civil, enforcement, housing);
        ruralVillage(qinghe, civil, enforcement, water, police);
        log.info("Demo registry loaded: street qinghe with community heyuan (URBAN) and village liushu (RURAL)");
    }

    private void urbanCommunity(Street street, Department civil, Department enforcement, Department housing) {
        Community heyuan = community(street, "heyuan", "和园社区", CommunityType.URBAN, 3200, 7800,
                polygon(116.3300, 40.0280, 116.3420, 40.0280, 116.3420, 40.0360, 116.3360, 40.0375, 116.3300, 40.0360));
        Committee party = committee(heyuan, null, "heyuan-party", "和园社区党委", CommitteeKind.PARTY_COMMITTEE);
        member(party, "王芳", "wangfang", SECRETARY, true, FEMALE);
        member(party, "李强", "liqiang", DEPUTY_SECRETARY, true, MALE);
        member(party, "陈静", "chenjing", MEMBER, true, FEMALE);
        Committee residents = committee(heyuan, null, "heyuan-residents", "和园社区居民委员会",
                CommitteeKind.RESIDENTS_COMMITTEE);
        member(residents, "黄强", "huangqiang", DIRECTOR, true, MALE);
        member(residents, "陈静", "chenjing", DEPUTY_DIRECTOR, true, FEMALE);
        member(residents, "赵敏", null, MEMBER, false, FEMALE);
        member(residents, "钱伟", null, MEMBER, false, MALE);
        Committee representatives = committee(heyuan, null, "heyuan-representatives", "和园社区居民代表会议",
                CommitteeKind.RESIDENT_REPRESENTATIVE_ASSEMBLY);
        member(representatives, "黄强", "huangqiang", MEMBER, true, MALE);
        String[] names = {"冯兰", "褚涛", "卫红", "蒋勇", "沈梅", "韩磊", "杨柳", "朱江", "秦雪"};
        for (int i = 0; i < names.length; i++) {
            member(representatives, names[i], null, REPRESENTATIVE, i % 3 == 0, i % 2 == 0 ? FEMALE : MALE);
        }
        Committee supervision = committee(heyuan, null, "heyuan-supervision", "和园社区居务监督委员会",
                CommitteeKind.AFFAIRS_SUPERVISION_COMMITTEE);
        member(supervision, "孙伟", "sunwei", DIRECTOR, true, MALE);
        member(supervision, "周丽", null, MEMBER, false, FEMALE);
        member(supervision, "吴刚", null, MEMBER, false, MALE);

        CommunityWorker chenjing = worker(heyuan, "陈静", "chenjing", FEMALE, WorkerPost.HEAD, 12, 20);
        worker(heyuan, "赵磊", "zhaolei", MALE, WorkerPost.DEPUTY, 6, 25);
        CommunityWorker zhangwei = worker(heyuan, "张伟", "zhangwei", MALE, WorkerPost.STAFF, 5, 30);
        CommunityWorker liuyang = worker(heyuan, "刘洋", "liuyang", FEMALE, WorkerPost.STAFF, 8, 30);
        // three strips west to east; the strip along the community's northern edge belongs to no grid
        grid(heyuan, "heyuan-g1", "和园第一网格", 1100, zhangwei, rectangle(116.3300, 40.0280, 116.3340, 40.0360));
        grid(heyuan, "heyuan-g2", "和园第二网格", 1050, liuyang, rectangle(116.3340, 40.0280, 116.3380, 40.0360));
        grid(heyuan, "heyuan-g3", "和园第三网格", 1050, chenjing, rectangle(116.3380, 40.0280, 116.3420, 40.0360));

        partyMember(heyuan, "王芳", "wangfang", FEMALE, false, null, 120);
        partyMember(heyuan, "李强", "liqiang", MALE, false, null, 80);
        partyMember(heyuan, "陈静", "chenjing", FEMALE, false, null, 95);
        partyMember(heyuan, "黄强", "huangqiang", MALE, false, null, 60);
        partyMember(heyuan, "孙伟", "sunwei", MALE, false, null, 40);
        partyMember(heyuan, "郑国华", null, MALE, true, "区教育委员会", 24);
        partyMember(heyuan, "何晓燕", null, FEMALE, true, "区人民医院", 36);

        item(heyuan, "mediation", "邻里纠纷调解", AccessListKind.STATUTORY, "NEIGHBOUR_DISPUTE", null, null, null);
        item(heyuan, "environment", "小区公共环境维护", AccessListKind.STATUTORY, "COMMUNITY_ENVIRONMENT", null,
                null, null);
        item(heyuan, "property", "督促物业服务整改", AccessListKind.STATUTORY, "PROPERTY_MANAGEMENT", null, null,
                null);
        item(heyuan, "elderly-care", "高龄老人津贴申请受理", AccessListKind.ASSISTANCE, "ELDERLY_CARE", civil,
                "清政办发〔2026〕12号", new BigDecimal("48000.00"));
        item(heyuan, "renovation-survey", "老旧小区改造意愿摸底", AccessListKind.ASSISTANCE,
                "OLD_COMPOUND_RENOVATION", housing, null, null);
        item(heyuan, "illegal-construction", "违法建设查处", AccessListKind.NEGATIVE, "ILLEGAL_CONSTRUCTION",
                enforcement, null, null);
    }

    private void ruralVillage(Street street, Department civil, Department enforcement, Department water,
            Department police) {
        Community liushu = community(street, "liushu", "柳树村", CommunityType.RURAL, 620, 1500,
                polygon(116.3440, 40.0260, 116.3600, 40.0260, 116.3600, 40.0400, 116.3520, 40.0420, 116.3440, 40.0400));
        Committee party = committee(liushu, null, "liushu-party", "柳树村党支部", CommitteeKind.PARTY_BRANCH);
        member(party, "李明", "liming", SECRETARY, true, MALE);
        member(party, "王秀英", "wangxiuying", MEMBER, true, FEMALE);
        member(party, "张建国", "zhangjianguo", MEMBER, true, MALE);
        Committee villagers = committee(liushu, null, "liushu-villagers", "柳树村村民委员会",
                CommitteeKind.VILLAGERS_COMMITTEE);
        member(villagers, "李明", "liming", DIRECTOR, true, MALE);
        member(villagers, "王秀英", "wangxiuying", DEPUTY_DIRECTOR, true, FEMALE);
        member(villagers, "刘德", "liude", MEMBER, false, MALE);
        Committee representatives = committee(liushu, null, "liushu-representatives", "柳树村村民代表会议",
                CommitteeKind.VILLAGER_REPRESENTATIVE_ASSEMBLY);
        member(representatives, "李明", "liming", DIRECTOR, true, MALE);
        member(representatives, "王秀英", "wangxiuying", MEMBER, true, FEMALE);
        member(representatives, "刘德", "liude", MEMBER, false, MALE);
        String[] names = {"赵桂兰", "钱宝山", "孙玉梅", "李大柱", "周淑芬", "吴长林", "郑秀珍", "王铁牛", "冯春花",
                "陈满仓", "褚金凤", "卫保国"};
        for (int i = 0; i < names.length; i++) {
            member(representatives, names[i], null, REPRESENTATIVE, i % 4 == 0, i % 2 == 0 ? FEMALE : MALE);
        }
        Committee supervision = committee(liushu, null, "liushu-supervision", "柳树村村务监督委员会",
                CommitteeKind.AFFAIRS_SUPERVISION_COMMITTEE);
        member(supervision, "马玉珍", "mayuzhen", DIRECTOR, true, FEMALE);
        member(supervision, "杨树林", null, MEMBER, false, MALE);
        member(supervision, "何春来", null, MEMBER, false, MALE);

        worker(liushu, "周敏", "zhoumin", FEMALE, WorkerPost.HEAD, 9, 20);
        CommunityWorker sunli = worker(liushu, "孙丽", "sunli", FEMALE, WorkerPost.STAFF, 3, 30);
        CommunityWorker machao = worker(liushu, "马超", "machao", MALE, WorkerPost.STAFF, 2, 30);
        // east and west of the village road at 116.352° E, up to the village's northern corner
        grid(liushu, "liushu-g1", "柳树村东片网格", 320, sunli,
                polygon(116.3520, 40.0260, 116.3600, 40.0260, 116.3600, 40.0400, 116.3520, 40.0420));
        grid(liushu, "liushu-g2", "柳树村西片网格", 300, machao,
                polygon(116.3440, 40.0260, 116.3520, 40.0260, 116.3520, 40.0420, 116.3440, 40.0400));

        partyMember(liushu, "李明", "liming", MALE, false, null, 150);
        partyMember(liushu, "王秀英", "wangxiuying", FEMALE, false, null, 110);
        partyMember(liushu, "张建国", "zhangjianguo", MALE, false, null, 70);
        partyMember(liushu, "马玉珍", "mayuzhen", FEMALE, false, null, 45);
        partyMember(liushu, "赵桂兰", null, FEMALE, false, null, 30);
        partyMember(liushu, "周志刚", null, MALE, true, "清河镇中心小学", 18);

        item(liushu, "mediation", "村民纠纷调解", AccessListKind.STATUTORY, "NEIGHBOUR_DISPUTE", null, null, null);
        item(liushu, "village-roads", "村内道路日常养护", AccessListKind.STATUTORY, "VILLAGE_ROADS", null, null,
                null);
        item(liushu, "drinking-water", "农村饮水设施巡查", AccessListKind.ASSISTANCE, "WATER_SUPPLY", water,
                "清政办发〔2026〕20号", new BigDecimal("30000.00"));
        item(liushu, "social-assistance", "低保对象入户核查", AccessListKind.ASSISTANCE, "SOCIAL_ASSISTANCE", civil,
                null, null);
        item(liushu, "illegal-construction", "违法建设查处", AccessListKind.NEGATIVE, "ILLEGAL_CONSTRUCTION",
                enforcement, null, null);
        item(liushu, "security-patrol", "治安案件侦办", AccessListKind.NEGATIVE, "PUBLIC_SECURITY", police, null,
                null);
    }

    private Street street(String code, String name) {
        Street street = new Street();
        street.setCode(code);
        street.setName(name);
        return streets.save(street);
    }

    private Community community(Street street, String code, String name, CommunityType type, int households,
            int adults, String boundary) {
        Community community = new Community();
        community.setBoundary(boundary);
        community.setCode(code);
        community.setName(name);
        community.setType(type);
        community.setStreetId(street.getId());
        community.setHouseholds(households);
        community.setAdultResidents(adults);
        return communities.save(community);
    }

    private Committee committee(Community community, Street street, String code, String name, CommitteeKind kind) {
        Committee committee = new Committee();
        committee.setCode(code);
        committee.setName(name);
        committee.setKind(kind);
        committee.setCommunityId(community != null ? community.getId() : null);
        committee.setStreetId(street != null ? street.getId() : null);
        committee.setTermStart(TERM_START);
        committee.setTermEnd(TERM_END);
        return committees.save(committee);
    }

    private void member(Committee committee, String name, String username, MemberRole role, boolean partyMember,
            Gender gender) {
        CommitteeMember member = new CommitteeMember();
        member.setCommitteeId(committee.getId());
        member.setPersonName(name);
        member.setUsername(username);
        member.setRole(role);
        member.setPartyMember(partyMember);
        member.setGender(gender);
        member.setTermStart(TERM_START);
        member.setTermEnd(TERM_END);
        members.save(member);
    }

    private CommunityWorker worker(Community community, String name, String username, Gender gender, WorkerPost post,
            int grade, int caseloadLimit) {
        CommunityWorker worker = new CommunityWorker();
        worker.setCommunityId(community.getId());
        worker.setName(name);
        worker.setUsername(username);
        worker.setGender(gender);
        worker.setPost(post);
        worker.setGrade(grade);
        worker.setCaseloadLimit(caseloadLimit);
        return workers.save(worker);
    }

    private void grid(Community community, String code, String name, int households, CommunityWorker worker,
            String boundary) {
        Grid grid = new Grid();
        grid.setBoundary(boundary);
        grid.setCode(code);
        grid.setName(name);
        grid.setCommunityId(community.getId());
        grid.setHouseholds(households);
        grid.setGridWorkerId(worker.getId());
        grids.save(grid);
    }

    /** A GeoJSON Polygon through the given longitude/latitude pairs, counter-clockwise, closed here. */
    static String polygon(double... lonLat) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= lonLat.length; i += 2) {
            int at = i % lonLat.length;
            ring.append(i == 0 ? "" : ",").append('[').append(lonLat[at]).append(',').append(lonLat[at + 1]).append(']');
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    static String rectangle(double west, double south, double east, double north) {
        return polygon(west, south, east, south, east, north, west, north);
    }

    private void partyMember(Community community, String name, String username, Gender gender, boolean inService,
            String workUnit, int volunteerHours) {
        PartyMember member = new PartyMember();
        member.setName(name);
        member.setUsername(username);
        member.setGender(gender);
        member.setRegisteredCommunityId(community.getId());
        member.setInService(inService);
        member.setWorkUnit(workUnit);
        member.setJoinedPartyOn(LocalDate.of(2005, 7, 1));
        member.setRegisteredOn(LocalDate.of(2024, 3, 1));
        member.setVolunteerHours(volunteerHours);
        partyMembers.save(member);
    }

    private Department department(Street street, String code, String name, String liaison, String... duties) {
        Department department = new Department();
        department.setCode(code);
        department.setName(name);
        department.setStreetId(street.getId());
        department.setLiaisonUsername(liaison);
        department.setDuties(Set.of(duties));
        return departments.save(department);
    }

    private void item(Community community, String code, String name, AccessListKind kind, String category,
            Department department, String approvalReference, BigDecimal funding) {
        AccessListItem item = new AccessListItem();
        item.setCommunityId(community.getId());
        item.setCode(code);
        item.setName(name);
        item.setKind(kind);
        item.setCategoryCode(category);
        item.setDepartmentId(department != null ? department.getId() : null);
        item.setApprovalReference(approvalReference);
        if (funding != null) {
            item.setFundingSource("区财政专项");
            item.setFundingAmount(funding);
        }
        accessList.save(item);
    }
}
