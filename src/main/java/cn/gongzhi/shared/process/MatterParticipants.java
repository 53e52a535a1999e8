package cn.gongzhi.shared.process;

import java.util.Set;

/**
 * Who took part in the matter a process instance runs: each module that runs a matter answers for its own
 * instances. Used where the procedure requires someone other than the doer: the affairs supervision committee does
 * not rule on objections to a matter one of its members worked on.
 */
public interface MatterParticipants {

    /** The logins that proposed, recorded or decided any step of the matter; empty when the instance is not ours. */
    Set<String> of(String processInstanceId);
}
