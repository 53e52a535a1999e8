package cn.gongzhi.registry.domain;

import cn.gongzhi.shared.InvalidFieldException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Resolves the ids a request refers to, failing on the request's own field name when a record does not exist. */
@Component
public class References {

    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final CommunityWorkerRepository workers;
    private final CommitteeRepository committees;
    private final DepartmentRepository departments;

    References(StreetRepository streets, CommunityRepository communities, CommunityWorkerRepository workers,
            CommitteeRepository committees, DepartmentRepository departments) {
        this.streets = streets;
        this.communities = communities;
        this.workers = workers;
        this.committees = committees;
        this.departments = departments;
    }

    public Street street(Long id, String field) {
        return require(streets.findById(id), field, "街道", id);
    }

    public Community community(Long id, String field) {
        return require(communities.findById(id), field, "社区", id);
    }

    public CommunityWorker worker(Long id, String field) {
        return require(workers.findById(id), field, "社区工作者", id);
    }

    public Committee committee(Long id, String field) {
        return require(committees.findById(id), field, "组织", id);
    }

    public Department department(Long id, String field) {
        return require(departments.findById(id), field, "职能部门", id);
    }

    /** Fails when another record than {@code self} already holds a unique value. */
    public static <T> void requireUnique(Optional<T> holder, Function<T, Long> idOf, Long selfId, String field,
            Object value) {
        holder.filter(other -> !idOf.apply(other).equals(selfId)).ifPresent(other -> {
            throw new InvalidFieldException(field, "“" + value + "”已被其他记录使用");
        });
    }

    private static <T> T require(Optional<T> record, String field, String label, Long id) {
        return record.orElseThrow(() -> new InvalidFieldException(field, label + "不存在：" + id));
    }
}
