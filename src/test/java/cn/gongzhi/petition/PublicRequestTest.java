package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.petition.PetitionService.PublicRequest;
import cn.gongzhi.petition.domain.Petition;
import cn.gongzhi.petition.domain.PetitionCategoryRepository;
import cn.gongzhi.petition.domain.PetitionEventRepository;
import cn.gongzhi.petition.domain.PetitionProperties;
import cn.gongzhi.petition.domain.PetitionRepository;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.support.Configs;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.transaction.PlatformTransactionManager;

/** The public view of a petition: the area from the registry, coordinates at the configured public precision. */
class PublicRequestTest {

    private final PetitionRepository petitions = mock(PetitionRepository.class);
    private final RegistryService registry = mock(RegistryService.class);
    private PetitionProperties properties = Configs.bind(PetitionProperties.class);

    @Test
    void coordinatesAreRoundedHalfUpToTheConfiguredDecimals() {
        properties = Configs.bind(PetitionProperties.class, "public-coordinate-decimals=2");
        Petition petition = petition("heyuan-g1");
        // on the boundary, where half up (away from zero) and half even part
        petition.setCoordinates(new BigDecimal("31.225000"), new BigDecimal("-121.465000"));
        when(petitions.findByNumber("P-2026-000001")).thenReturn(Optional.of(petition));

        PublicRequest request = service().publicRequest("P-2026-000001").orElseThrow();

        assertThat(request.place().latitude()).isEqualTo(new BigDecimal("31.23"));
        assertThat(request.place().longitude()).isEqualTo(new BigDecimal("-121.47"));
        assertThat(request.place().area()).isEqualTo("和园社区 和园第一网格");
        assertThat(request.description()).isEqualTo("楼道堆物，回电 139****5678");
    }

    @Test
    void theAreaIsTheCommunityAloneWithoutAKnownGridAndNamesAreLookedUpOncePerAnswer() {
        when(petitions.search(anyBoolean(), any(), any(), any(), any(), any())).thenReturn(List.of(petition("heyuan-g1"),
                petition("heyuan-g1"), petition("gone-grid"), petition(null)));

        List<PublicRequest> requests = service().publicRequests(null, null, null, null, 10);

        assertThat(requests).extracting(r -> r.place().area()).containsExactly("和园社区 和园第一网格",
                "和园社区 和园第一网格", "和园社区", "和园社区");
        verify(registry, times(1)).grid("heyuan-g1");
        verify(registry, times(1)).community("heyuan");
    }

    @Test
    void thePublicPrecisionIsWithinWhatIsStored() {
        assertThat(Configs.bind(PetitionProperties.class, "public-coordinate-decimals=0").publicCoordinateDecimals())
                .isZero();
        assertThat(Configs.bind(PetitionProperties.class, "public-coordinate-decimals=6").publicCoordinateDecimals())
                .isEqualTo(6);
        assertThatThrownBy(() -> Configs.bind(PetitionProperties.class, "public-coordinate-decimals=7"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("publicCoordinateDecimals");
        assertThatThrownBy(() -> Configs.bind(PetitionProperties.class, "public-coordinate-decimals=-1"))
                .isInstanceOf(BindException.class);
        assertThat(Configs.bind(PetitionProperties.class).publicCoordinateDecimals()).isEqualTo(3);
    }

    private static Petition petition(String grid) {
        return new Petition("COMMUNITY_ENVIRONMENT", "heyuan", grid, "和园5号楼 电话13912345678",
                "楼道堆物，回电 +86 139-1234-5678", PetitionChannel.OPEN311, "12345市民服务热线",
                LocalDateTime.of(2026, 11, 2, 9, 0));
    }

    private PetitionService service() {
        when(registry.community("heyuan"))
                .thenReturn(Optional.of(new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe")));
        when(registry.grid("heyuan-g1"))
                .thenReturn(Optional.of(new GridRef("heyuan-g1", "和园第一网格", "heyuan", "zhangwei")));
        when(registry.grid("gone-grid")).thenReturn(Optional.empty());
        PetitionCategoryRepository categories = mock(PetitionCategoryRepository.class);
        when(categories.findById(any())).thenReturn(Optional.empty());
        return new PetitionService(petitions, mock(PetitionEventRepository.class),
                categories, registry, mock(RuntimeService.class), mock(PlatformTransactionManager.class),
                new PublicPetitions(petitions, mock(PetitionEventRepository.class), categories, registry, properties,
                        mock(cn.gongzhi.deliberation.DisclosureService.class)),
                mock(cn.gongzhi.petition.domain.PetitionEscalations.class), null);
    }
}
