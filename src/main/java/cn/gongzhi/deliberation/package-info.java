/**
 * Deliberation to decision (domain brief §2): the rural "four deliberations, two disclosures", the urban residents'
 * consultation, and public disclosure with an objection window. Meetings record who was due, who came and how they
 * voted; processes/AssemblyQuorumDecision.dmn decides quorum and vote.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "registry", "shared"})
package cn.gongzhi.deliberation;
