/**
 * Party members at the front (domain brief §1, issue 20): in-service Party members report to the community where
 * they live (在职党员双报到), are confirmed by its Party organisation and given a pioneer post or a responsibility area,
 * and serve there until they move away. processes/PartyMemberReportingProcess.bpmn runs it; the records and their
 * rules are the registry's ({@link cn.gongzhi.registry.PartyMemberReporting}), which is why this module holds only the
 * process. Community service (社区服务) and the annual feedback to the work units (年度双向反馈) keep their own tables.
 * Members also serve in the community's procedures: the petition's, the deliberation's and the escalation's events
 * become service items offered to them ({@link cn.gongzhi.members.MemberHelp}). docs/processes/party-members.md,
 * docs/processes/community-service.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deliberation", "escalation", "identity",
        "petition", "registry", "shared"})
package cn.gongzhi.members;
