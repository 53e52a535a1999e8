package cn.gongzhi.support;

import java.time.Duration;
import java.util.Collection;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Supervision's figures follow the other modules' events asynchronously: a test that wrote something waits here until
 * no event publication is incomplete before it reads them. Rows a test writes into the petition table by SQL are
 * announced first ({@code PetitionService.publishSnapshots}), as a bulk load would be.
 */
public final class Projection {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Projection() {}

    /** Waits until every event publication has been completed; fails naming what is still open after a minute. */
    public static void caughtUp(ApplicationContext context) {
        EventPublicationRegistry registry = context.getBean(EventPublicationRegistry.class);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!registry.findIncompletePublications().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("event publications still incomplete after " + PATIENCE + ": "
                        + registry.findIncompletePublications().stream()
                                .map(p -> p.getEvent().getClass().getSimpleName()).toList());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the projection", e);
            }
        }
    }

    /** Announces petitions written by SQL, by number, and waits until supervision has taken them in. */
    public static void petitionsWritten(ApplicationContext context, Collection<String> numbers) {
        context.getBean(cn.gongzhi.petition.PetitionService.class).publishSnapshots(numbers);
        caughtUp(context);
    }
}
