package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionChanged;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a {@link PetitionChanged} is published: after an insert or update of a petition that changed its
 * snapshot, in the writing transaction, whichever service wrote it (a JPA entity listener, which Hibernate takes from
 * the Spring context). A write that changes nothing the snapshot holds (the latest step, the timeline's note, the
 * idempotency key) publishes nothing. {@code PetitionService.publishSnapshots} sends the current snapshot again for
 * rows written outside the application.
 */
@Component
public class PetitionChanges {

    private final ApplicationEventPublisher events;

    PetitionChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Remembers what the petition's snapshot was when it was read, to publish only what changes it. */
    @PostLoad
    void loaded(Petition petition) {
        petition.announced(snapshot(petition, 0));
    }

    /**
     * A petition is announced once it has its number: the insert that precedes the number (it is made of the id) is
     * followed in the same transaction by the update that assigns it, whose snapshot says everything the insert's would.
     */
    @PostPersist
    @PostUpdate
    void written(Petition petition) {
        if (petition.getNumber() == null) {
            return;
        }
        PetitionChanged now = snapshot(petition, 0);
        if (now.equals(petition.announced())) {
            return;
        }
        petition.announced(now);
        announce(petition);
    }

    /** Publishes the petition's current snapshot, whether it changed or not. */
    public void announce(Petition petition) {
        events.publishEvent(snapshot(petition, petition.getRevision()));
    }

    private static PetitionChanged snapshot(Petition petition, int revision) {
        return new PetitionChanged(petition.getId(), revision, petition.getNumber(),
                new PetitionChanged.Place(petition.getCommunityCode(), petition.getGridCode(),
                        petition.getAssignedWorker(), petition.getCategoryCode(), petition.getReturnDepartment()),
                new PetitionChanged.Times(petition.getReceivedAt(), petition.getFirstContactDue(),
                        petition.getFirstContactedAt(), petition.getResolutionDue(), petition.getHandledAt(),
                        petition.getClosedAt()),
                new PetitionChanged.Outcome(petition.getStatus(), petition.getReopenCount(),
                        petition.getSatisfaction(), petition.getResolved()));
    }
}
