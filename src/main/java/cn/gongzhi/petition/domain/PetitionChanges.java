package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionChanged;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a {@link PetitionChanged} is published: after every insert and update of a petition, in its
 * transaction, whichever service wrote it (a JPA entity listener, which Hibernate takes from the Spring context);
 * {@code PetitionService.publishSnapshots} sends the current snapshot again for rows written outside the application.
 */
@Component
public class PetitionChanges {

    private final ApplicationEventPublisher events;

    PetitionChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    public void written(Petition petition) {
        events.publishEvent(new PetitionChanged(petition.getId(), petition.getRevision(), petition.getNumber(),
                new PetitionChanged.Place(petition.getCommunityCode(), petition.getGridCode(),
                        petition.getAssignedWorker(), petition.getCategoryCode(), petition.getReturnDepartment()),
                new PetitionChanged.Times(petition.getReceivedAt(), petition.getFirstContactDue(),
                        petition.getFirstContactedAt(), petition.getResolutionDue(), petition.getHandledAt(),
                        petition.getClosedAt()),
                new PetitionChanged.Outcome(petition.getStatus(), petition.getReopenCount(),
                        petition.getSatisfaction(), petition.getResolved())));
    }
}
