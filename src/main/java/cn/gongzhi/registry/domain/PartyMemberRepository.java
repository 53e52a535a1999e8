package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long> {

    List<PartyMember> findByRegisteredCommunityIdOrderById(Long communityId);

    List<PartyMember> findByRegisteredCommunityIdIn(List<Long> communityIds);

    Optional<PartyMember> findFirstByUsername(String username);

    List<PartyMember> findByWorkUnitOrgIdOrderById(Long workUnitOrgId);
}
