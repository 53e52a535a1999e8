package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.ServiceOffers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_SettleLapsedOffer: a procedure's offer reached its claim deadline with places open. It lapses by itself:
 * the service goes ahead with those who took it, or, taken by no one, the item is withdrawn; {@code goAhead} routes
 * the same gateway as the branch's decision on an item it published.
 */
@Component
class SettleLapsedOfferDelegate implements JavaDelegate {

    private final ServiceOffers offers;
    private final ServiceItems items;

    SettleLapsedOfferDelegate(ServiceOffers offers, ServiceItems items) {
        this.offers = offers;
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean goAhead = offers.lapse(items.itemOf(execution));
        CommunityServiceProcess.GO_AHEAD_DECISION.set(execution, goAhead ? CommunityServiceProcess.GO_AHEAD
                : CommunityServiceProcess.CANCEL);
    }
}
