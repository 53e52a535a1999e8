package cn.gongzhi.petition.web;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionSubmission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A petition filed as JSON (staff API and the public page); the service checks the rest. The community is required
 * by the intake (the public page may leave it to the coordinates, {@link PlaceByLocation}).
 */
record PetitionRequest(
        @NotBlank(message = "请选择诉求类别") @Size(max = 48, message = "类别编码过长") String category,
        @Size(max = 32, message = "社区编码过长") String communityCode,
        @Size(max = 32, message = "网格编码过长") String gridCode,
        @NotBlank(message = "请填写诉求发生地点") @Size(max = 200, message = "地点不能超过 200 字") String location,
        BigDecimal latitude,
        BigDecimal longitude,
        @NotBlank(message = "请描述诉求内容") @Size(max = 4000, message = "诉求内容不能超过 4000 字") String description,
        @Size(max = 50, message = "姓名不能超过 50 字") String petitionerName,
        @Size(max = 20, message = "电话号码过长") String petitionerPhone,
        @Size(max = 18, message = "身份证号码为 18 位") String petitionerIdNumber) {

    /** The same request filed for the given community and grid. */
    PetitionRequest placedIn(String community, String grid) {
        return new PetitionRequest(category, community, grid, location, latitude, longitude, description,
                petitionerName, petitionerPhone, petitionerIdNumber);
    }

    PetitionSubmission toSubmission(PetitionChannel channel, String receivingUnit) {
        return new PetitionSubmission(category, communityCode, gridCode, location, latitude, longitude, description,
                petitionerName, petitionerPhone, petitionerIdNumber, channel, receivingUnit);
    }
}
