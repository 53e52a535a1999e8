package cn.gongzhi.registry.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkUnitPartyOrgRepository extends JpaRepository<WorkUnitPartyOrg, Long> {

    Optional<WorkUnitPartyOrg> findByContactUsername(String contactUsername);

    Optional<WorkUnitPartyOrg> findByName(String name);
}
