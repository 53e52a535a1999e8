package cn.gongzhi.petition.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionCategoryRepository extends JpaRepository<PetitionCategory, String> {

    List<PetitionCategory> findByActiveTrueOrderBySortOrder();
}
