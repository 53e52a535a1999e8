/**
 * Resident petition handling (接诉即办, domain brief §3): intake from the public page, the staff API, Open311 and
 * Tasklist; dispatch, the access-list check, assignment, contact, handling, callback, escalation and closing, run by
 * processes/ResidentPetitionProcess.bpmn. {@link cn.gongzhi.petition.PetitionService} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deliberation", "identity", "registry", "shared"})
package cn.gongzhi.petition;
