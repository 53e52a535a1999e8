package cn.gongzhi.shared.process;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A step refused to the person attempting it, or to the instance it runs in: someone the procedure does not name
 * (the callback by the worker who handled the petition, a ruling by a member who took part in the matter), or a
 * record that belongs to another process instance. The engine REST API and Tasklist answer 403 with the message;
 * the transaction rolls back, so nothing is written.
 */
public class StepRefused extends AuthorizationException {

    public StepRefused(String message) {
        super(message);
    }

    /** A step was handed a record that belongs to another process instance. */
    public static StepRefused notBound(String kind, String number, String processInstanceId) {
        return new StepRefused(kind + " " + number + " 不属于流程实例 " + processInstanceId + "，本步骤不能处理它");
    }
}
