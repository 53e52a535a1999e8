package cn.gongzhi.registry.web;

import cn.gongzhi.registry.domain.References;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.StreetRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/streets")
class StreetEndpoint extends RecordEndpoint<Street, StreetEndpoint.StreetRequest, StreetEndpoint.StreetResponse> {

    record StreetRequest(
            @NotBlank(message = "请填写编码") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不超过 100 字") String name) {}

    record StreetResponse(Long id, String code, String name) {}

    private final StreetRepository streets;

    StreetEndpoint(StreetRepository streets, ApplicationEventPublisher events) {
        super(streets, events, "streets", "街道");
        this.streets = streets;
    }

    @Override
    Street newRecord() {
        return new Street();
    }

    @Override
    void apply(Street street, StreetRequest request) {
        References.requireUnique(streets.findByCode(request.code()), Street::getId, street.getId(), "code",
                request.code());
        requireUnchangedCode(street.getCode(), request.code());
        street.setCode(request.code());
        street.setName(request.name().trim());
    }

    @Override
    Long idOf(Street street) {
        return street.getId();
    }

    @Override
    StreetResponse toResponse(Street street) {
        return new StreetResponse(street.getId(), street.getCode(), street.getName());
    }

    @Override
    List<Street> find(RecordFilter filter) {
        return streets.findAll(Sort.by("id"));
    }
}
