package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.petition.domain.Petition;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The staff view of a petition is grouped by meaning in Java (place, petitioner, standing, dates, handling, outcome)
 * and answered as one flat JSON object, field for field and in the order the API has always answered.
 */
class PetitionViewJsonTest {

    @Test
    void theStaffViewIsOneFlatObjectInTheAnswersOrderWithPersonalInformationMasked() throws Exception {
        LocalDateTime received = LocalDateTime.of(2026, 3, 1, 9, 30);
        Petition petition = new Petition("ROAD", "heyuan", "heyuan-g1", "和园小区3号楼 电话13912345678", "路灯坏了",
                PetitionChannel.HOTLINE, "12345市民服务热线", received);
        petition.setCoordinates(new BigDecimal("31.2"), new BigDecimal("121.4"));
        petition.setHandlingLevel("COMMUNITY");
        petition.setUrgency("NORMAL");
        petition.setFirstContactDue(received.plusHours(1));
        petition.setResolutionDue(received.plusDays(3));
        petition.setHandlingUnit("和园社区居委会");
        petition.setAssignedWorker("wangfang");
        petition.setReturnDepartment("城管局");
        petition.setResolved(Boolean.TRUE);
        petition.setSatisfaction(5);
        PetitionView view = PetitionView.of(petition, "道路", List.of(cn.gongzhi.shared.TimelineStep.of(
                PetitionEventType.RECEIVED.name(), "受理", "zhangwei", received, "备注")));

        String json = Jackson2ObjectMapperBuilder.json().featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build().writeValueAsString(view);

        assertThat(json).matches("\\{\"number\":[^,]+,\"category\":\"ROAD\",\"categoryName\":\"道路\","
                + "\"communityCode\":\"heyuan\",\"gridCode\":\"heyuan-g1\",\"location\":\"和园小区3号楼 电话139\\*\\*\\*\\*5678\","
                + "\"latitude\":31.2,\"longitude\":121.4,\"description\":\"路灯坏了\",\"channel\":\"HOTLINE\","
                + "\"petitionerName\":[^,]+,\"petitionerPhone\":[^,]+,\"petitionerIdNumber\":[^,]+,"
                + "\"status\":\"[A-Z_]+\",\"statusLabel\":\"[^\"]+\",\"handlingLevel\":\"COMMUNITY\",\"urgency\":\"NORMAL\","
                + "\"receivedAt\":\"2026-03-01T09:30:00\",\"firstContactDue\":\"2026-03-01T10:30:00\","
                + "\"resolutionDue\":\"2026-03-04T09:30:00\",\"updatedAt\":[^,]+,\"closedAt\":null,"
                + "\"firstReceivingUnit\":[^,]+,\"handlingUnit\":\"和园社区居委会\",\"assignedWorker\":\"wangfang\","
                + "\"returnDepartment\":\"城管局\",\"resolved\":true,\"satisfaction\":5,\"reopenCount\":0,"
                + "\"escalationCount\":0,\"latestStep\":[^,]+,\"timeline\":\\[\\{\"type\":\"RECEIVED\",\"typeLabel\":\"受理\","
                + "\"actor\":\"zhangwei\",\"at\":\"2026-03-01T09:30:00\",\"note\":\"备注\"}]}");
    }
}
