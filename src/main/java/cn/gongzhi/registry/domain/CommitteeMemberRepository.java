package cn.gongzhi.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeIdOrderById(Long committeeId);

    List<CommitteeMember> findByCommitteeIdIn(List<Long> committeeIds);

    List<CommitteeMember> findByUsername(String username);
}
