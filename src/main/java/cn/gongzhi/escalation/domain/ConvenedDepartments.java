package cn.gongzhi.escalation.domain;

import cn.gongzhi.petition.PetitionDepartments;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The departments convened on a petition: summoned to any escalation that took it up. */
@Component
class ConvenedDepartments implements PetitionDepartments {

    private final EscalationPetitionRepository petitions;
    private final EscalationDepartmentRepository departments;

    ConvenedDepartments(EscalationPetitionRepository petitions, EscalationDepartmentRepository departments) {
        this.petitions = petitions;
        this.departments = departments;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> convenedFor(String petitionNumber) {
        return petitions.findByPetitionNumber(petitionNumber).stream()
                .flatMap(p -> departments.findByEscalationIdOrderById(p.getEscalationId()).stream())
                .map(EscalationDepartment::getDepartmentCode).collect(Collectors.toSet());
    }
}
