package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.VolunteersRequested;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Party member volunteers a joint meeting asks for in its follow-up (跟进志愿): how many, from 0 (none) to
 * {@code gongzhi.escalation.max-volunteers}, and, when any, a short description of the task. Recorded in the
 * escalation's timeline and told to the members module ({@link VolunteersRequested}) in the meeting's transaction: a
 * refused record asks for no one.
 */
@Service
@Transactional
public class FollowUpVolunteers {

    public static final String COUNT_FIELD = "volunteers";
    public static final String TASK_FIELD = "volunteerTask";
    /** The longest task description: the form's {@code maxLength}. */
    public static final int TASK_MAX = 200;

    /** What the convener asked for: {@code volunteers} 0 asks for none and has no task. */
    public record Request(int volunteers, String task) {

        public static final Request NONE = new Request(0, null);
    }

    private final EscalationLedger ledger;
    private final EscalationProperties properties;
    private final ApplicationEventPublisher events;

    FollowUpVolunteers(EscalationLedger ledger, EscalationProperties properties, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.properties = properties;
        this.events = events;
    }

    /** The form's request, or a 400 naming the field; no count (a client that does not know the field) asks none. */
    public Request read(Object count, Object task) {
        if (count == null || count.toString().isBlank()) {
            return Request.NONE;
        }
        int volunteers = FormInput.integer(count, COUNT_FIELD, "党员志愿者人数", 0, properties.maxVolunteers());
        if (volunteers == 0) {
            return Request.NONE;
        }
        String text = FormInput.textOf(task, TASK_FIELD, TASK_MAX);
        if (text == null) {
            throw new InvalidFieldException(TASK_FIELD, "请简要说明请党员志愿者做什么");
        }
        return new Request(volunteers, text);
    }

    /** Recorded and told to the members module; a request for none writes nothing. */
    public void request(long escalationId, Request request, String actor) {
        if (request.volunteers() == 0) {
            return;
        }
        String community = ledger.load(escalationId).getCommunityCode();
        ledger.record(escalationId, "VOLUNTEERS_REQUESTED", actor, "请社区在岗党员志愿参与跟进 " + request.volunteers()
                + " 名：" + request.task());
        events.publishEvent(new VolunteersRequested(escalationId, community, request.volunteers(), request.task()));
    }
}
