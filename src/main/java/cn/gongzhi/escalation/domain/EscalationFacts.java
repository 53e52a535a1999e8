package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.CommitmentChanged;
import cn.gongzhi.escalation.DepartmentSummoned;
import cn.gongzhi.escalation.EscalationOpened;
import cn.gongzhi.escalation.PetitionEscalated;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place the escalation module's events are published: after the insert (and update) of an escalation, the
 * petitions it answers, its summoned departments and its commitments, in the writing transaction (a JPA entity
 * listener, which Hibernate takes from the Spring context), whichever step wrote them.
 */
@Component
class EscalationFacts {

    private final ApplicationEventPublisher events;

    EscalationFacts(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    void inserted(Object record) {
        if (record instanceof Escalation e) {
            events.publishEvent(new EscalationOpened(e.getId(), e.getCommunityCode(), e.getOpenedAt()));
        } else if (record instanceof EscalationPetition p) {
            events.publishEvent(new PetitionEscalated(p.getEscalationId(), p.getPetitionNumber()));
        } else {
            updated(record);
        }
    }

    @PostUpdate
    void updated(Object record) {
        if (record instanceof EscalationDepartment d) {
            events.publishEvent(new DepartmentSummoned(d.getId(), d.getEscalationId(), d.getDepartmentCode(),
                    d.getSummonedAt(), d.isLate()));
        } else if (record instanceof Commitment c) {
            events.publishEvent(new CommitmentChanged(c.getId(), c.getEscalationId(), c.getStatus(),
                    c.getDeadline()));
        }
    }
}
