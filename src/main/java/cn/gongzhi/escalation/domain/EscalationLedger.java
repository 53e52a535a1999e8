package cn.gongzhi.escalation.domain;

import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.DepartmentRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What every step of the escalation shares: finding its records (an escalation, a summoned department, a commitment),
 * linking petitions, writing the timeline, the application's clock, and departments' names from the registry.
 */
@Component
class EscalationLedger {

    final EscalationRepository escalations;
    final EscalationPetitionRepository petitions;
    final EscalationDepartmentRepository departments;
    final CommitmentRepository commitments;
    private final EscalationEventRepository events;
    private final RegistryService registry;
    private final Clock clock;

    EscalationLedger(EscalationRepository escalations, EscalationPetitionRepository petitions,
            EscalationDepartmentRepository departments, CommitmentRepository commitments,
            EscalationEventRepository events, RegistryService registry, Clock clock) {
        this.escalations = escalations;
        this.petitions = petitions;
        this.departments = departments;
        this.commitments = commitments;
        this.events = events;
        this.registry = registry;
        this.clock = clock;
    }

    Escalation load(long escalationId) {
        return escalations.findById(escalationId).orElseThrow(() -> new RecordNotFoundException("吹哨事项", escalationId));
    }

    Commitment commitment(long commitmentId) {
        return commitments.findById(commitmentId).orElseThrow(() -> new RecordNotFoundException("承诺", commitmentId));
    }

    EscalationDepartment department(long escalationId, String code) {
        return departments.findByEscalationIdAndDepartmentCode(escalationId, code)
                .orElseThrow(() -> new InvalidFieldException("departmentCode", "部门 " + code + " 未被召集"));
    }

    /** The codes of the departments summoned to the escalation's meeting, in the order they were summoned. */
    List<String> summoned(long escalationId) {
        return departments.findByEscalationIdOrderById(escalationId).stream()
                .map(EscalationDepartment::getDepartmentCode).toList();
    }

    List<EscalationPetition> petitions(long escalationId) {
        return petitions.findByEscalationIdOrderById(escalationId);
    }

    void link(Escalation escalation, String petition) {
        if (!petitions.existsByEscalationIdAndPetitionNumber(escalation.getId(), petition)) {
            petitions.save(new EscalationPetition(escalation.getId(), petition));
        }
    }

    /** One step on the escalation's timeline; the engine's own steps are the system's. */
    void record(long escalationId, String type, String actor, String note) {
        events.save(new EscalationEvent(escalationId, type, actor != null ? actor : "系统", now(), note));
    }

    List<EscalationEvent> timeline(long escalationId) {
        return events.findByEscalationIdOrderByOccurredAtAscIdAsc(escalationId);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    /** A department's name from the registry (its code if it is gone). */
    String name(String departmentCode) {
        return registry.department(departmentCode).map(DepartmentRef::name).orElse(departmentCode);
    }

    List<String> names(Collection<String> codes) {
        return codes.stream().map(this::name).toList();
    }
}
