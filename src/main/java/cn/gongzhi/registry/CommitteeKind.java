package cn.gongzhi.registry;

/** The bodies of domain brief §1. Street-level bodies belong to a street, all others to a community. */
public enum CommitteeKind {
    PARTY_BRANCH("党支部", false),
    PARTY_COMMITTEE("党委", false),
    RESIDENTS_COMMITTEE("居民委员会", false),
    VILLAGERS_COMMITTEE("村民委员会", false),
    RESIDENT_REPRESENTATIVE_ASSEMBLY("居民代表会议", false),
    VILLAGER_REPRESENTATIVE_ASSEMBLY("村民代表会议", false),
    AFFAIRS_SUPERVISION_COMMITTEE("居务/村务监督委员会", false),
    STREET_PARTY_WORKING_COMMITTEE("街道党工委", true),
    JOINT_MEETING("联席会议", true);

    private final String label;
    private final boolean streetLevel;

    CommitteeKind(String label, boolean streetLevel) {
        this.label = label;
        this.streetLevel = streetLevel;
    }

    public String label() {
        return label;
    }

    public boolean isStreetLevel() {
        return streetLevel;
    }

    /** The community Party organisation: a branch or, in larger communities, a committee. */
    public boolean isPartyOrganisation() {
        return this == PARTY_BRANCH || this == PARTY_COMMITTEE;
    }

    /** The self-governing committee: residents' committee (urban) or villagers' committee (rural). */
    public boolean isSelfGoverningCommittee() {
        return this == RESIDENTS_COMMITTEE || this == VILLAGERS_COMMITTEE;
    }
}
