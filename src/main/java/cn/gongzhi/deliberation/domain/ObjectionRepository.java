package cn.gongzhi.deliberation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByDisclosureIdOrderByFiledAtAscIdAsc(Long disclosureId);

    long countByDisclosureId(Long disclosureId);
}
