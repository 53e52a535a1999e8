package cn.gongzhi.workforce.process;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who starts the training processes by hand, from the records (never the login's groups alone): a course, the street
 * office (a seat on its street's Party working committee); a year's planning round, the head of a community for
 * hers or the street office for its street's communities. The groups only decide whom Tasklist offers the process.
 */
@Component
class TrainingStarters {

    private final TrainingPeople people;

    TrainingStarters(TrainingPeople people) {
        this.people = people;
    }

    /** The communities this login may start a planning round for, in the registry's order. */
    List<TrainingCommunity> planCommunities(String username) {
        Set<Long> streets = people.streetOffices(username);
        Optional<Long> headed = people.headedCommunity(username);
        return people.communities().stream()
                .filter(c -> streets.contains(c.streetId()) || headed.filter(h -> h == c.id()).isPresent()).toList();
    }

    StartRule courseRule() {
        return new StartRule() {
            @Override
            public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
                return people.streetOffices(starter.userId()).isEmpty()
                        ? Optional.of(starter.userId() + " 不是街道党工委成员，不能登记培训课程") : Optional.empty();
            }

            @Override
            public Set<String> starterGroups() {
                Set<String> groups = new LinkedHashSet<>();
                people.communities().forEach(c -> groups.add(GroupIds.streetParty(c.streetCode())));
                return groups;
            }
        };
    }

    StartRule planRule() {
        return new StartRule() {
            @Override
            public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
                return planCommunities(starter.userId()).isEmpty()
                        ? Optional.of(starter.userId() + " 不是社区正职或街道党工委成员，不能发起年度培训计划")
                        : Optional.empty();
            }

            @Override
            public Set<String> starterGroups() {
                Set<String> groups = new LinkedHashSet<>();
                people.communities().forEach(c -> groups.add(GroupIds.streetParty(c.streetCode())));
                people.communities().forEach(c -> groups.add(GroupIds.workers(c.code())));
                return groups;
            }
        };
    }
}
