package cn.gongzhi.deliberation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliberationRepository extends JpaRepository<Deliberation, Long> {

    Optional<Deliberation> findByNumber(String number);

    Optional<Deliberation> findByProcessInstanceId(String processInstanceId);
}
