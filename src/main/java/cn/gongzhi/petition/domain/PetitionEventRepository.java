package cn.gongzhi.petition.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionEventRepository extends JpaRepository<PetitionEvent, Long> {

    List<PetitionEvent> findByPetitionIdOrderByOccurredAtAscIdAsc(Long petitionId);
}
