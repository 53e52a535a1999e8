/**
 * Party-led joint-meeting escalation (街乡吹哨、部门报到, domain brief §4): the community blows the whistle, the street
 * Party working committee convenes the departments concerned, follows every commitment until it is done, rates the
 * departments and closes the loop back to the petitions. processes/JointMeetingEscalationProcess.bpmn runs it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "petition", "registry", "shared"})
package cn.gongzhi.escalation;
