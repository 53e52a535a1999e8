/**
 * Community workers' professional development as processes (domain brief §1, issue 21): the yearly training plan
 * (processes/TrainingPlanProcess.bpmn: the head proposes, the street approves, attendance credits hours, reminders to
 * workers behind their hours, certificate renewals ahead of expiry) and the yearly appraisal
 * (processes/AnnualAppraisalProcess.bpmn: self-report, work figures from the records, the head proposes, the street
 * decides, publicity and objections, the grade change the result allows). The records and their rules stay the
 * registry's ({@link cn.gongzhi.registry.WorkerRecords}, {@link cn.gongzhi.registry.WorkerRules},
 * {@link cn.gongzhi.registry.WorkerChanges}); this module holds the processes and their own tables.
 * docs/processes/workers.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deliberation", "escalation", "identity",
        "members", "petition", "registry", "shared", "supervision"})
package cn.gongzhi.workforce;
