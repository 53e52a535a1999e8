package cn.gongzhi.registry;

/** The bodies that meet and vote in deliberation (domain brief §2); the quorum decision's {@code bodyKind}. */
public enum AssemblyBody {
    TWO_COMMITTEES_JOINT_MEETING("两委联席会议"),
    PARTY_MEMBERS_ASSEMBLY("党员大会"),
    VILLAGERS_ASSEMBLY("村民会议"),
    VILLAGER_REPRESENTATIVE_ASSEMBLY("村民代表会议"),
    RESIDENTS_ASSEMBLY("居民会议"),
    RESIDENT_REPRESENTATIVE_ASSEMBLY("居民代表会议");

    private final String label;

    AssemblyBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
