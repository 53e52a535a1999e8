package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gongzhi.petition.PetitionService.PetitionReceipt;
import cn.gongzhi.petition.domain.Petition;
import cn.gongzhi.petition.domain.PetitionCategoryRepository;
import cn.gongzhi.petition.domain.PetitionEventRepository;
import org.mockito.Mockito;
import cn.gongzhi.petition.domain.PetitionRepository;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.IdempotencyKeyReused;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * A submission's fingerprint tells every field apart, and a retry under a key already taken gets the first receipt
 * only with the same fingerprint: also when it lost the race for the key (the unique constraint refused its insert).
 */
class PetitionIdempotencyTest {

    private static final String KEY = "api:zhaolei:call-0001";

    private final RuntimeService runtime = mock(RuntimeService.class, Mockito.RETURNS_DEEP_STUBS);
    private final PetitionRepository petitions = mock(PetitionRepository.class);
    private final PetitionService service = service();

    @Test
    void everyFieldOfTheSubmissionCountsInItsFingerprint() {
        Object[] fields = {"NOISE", "heyuan", "heyuan-g1", "5号楼", new BigDecimal("31.2"), new BigDecimal("121.4"),
                "电梯停运", "张三", "13912345678", null, PetitionChannel.HOTLINE, "zhaolei"};
        Object[] others = {"WATER_SUPPLY", "liushu", null, "6号楼", new BigDecimal("31.20"), null, "电梯停运了", "张四",
                "13912345679", "11010519491231002X", PetitionChannel.WEB, "qianhong"};
        Set<String> fingerprints = new HashSet<>();
        fingerprints.add(of(fields).fingerprint());
        for (int i = 0; i < fields.length; i++) {
            Object[] changed = fields.clone();
            changed[i] = others[i];
            fingerprints.add(of(changed).fingerprint());
        }
        assertThat(fingerprints).hasSize(fields.length + 1).allMatch(f -> f.matches("[0-9a-f]{64}"));
        assertThat(of(fields.clone()).fingerprint()).isEqualTo(of(fields).fingerprint());
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherOrPassedOffAsAbsent() {
        assertThat(withLocationAndDescription("5号楼;", "漏水").fingerprint())
                .isNotEqualTo(withLocationAndDescription("5号楼", ";漏水").fingerprint());
        assertThat(withLocationAndDescription("-", "漏水").fingerprint())
                .isNotEqualTo(withLocationAndDescription(null, "漏水").fingerprint());
        assertThat(withLocationAndDescription("", "漏水").fingerprint())
                .isNotEqualTo(withLocationAndDescription(null, "漏水").fingerprint());
    }

    @Test
    void aRetryThatLostTheRaceGetsTheWinnersReceiptForTheSameSubmission() {
        PetitionSubmission submission = submission("电梯停运", "13912345678");
        raceLostTo(winner(submission.fingerprint()), submission);

        PetitionReceipt receipt = service.submit(submission, KEY);

        assertThat(receipt.replayed()).isTrue();
        assertThat(receipt.status()).isEqualTo(PetitionStatus.RECEIVED);
    }

    @Test
    void aDifferentSubmissionThatLostTheRaceIsRefused() {
        PetitionSubmission submission = submission("电梯停运", "13912345678");
        raceLostTo(winner(submission("楼道漏水", "13912345678").fingerprint()), submission);

        assertThatThrownBy(() -> service.submit(submission, KEY)).isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void aKeyWithoutAFingerprintIsNeverReplayed() {
        PetitionSubmission submission = submission("电梯停运", "13912345678");
        when(petitions.findByIdempotencyKey(KEY)).thenReturn(Optional.of(winner(null)));

        assertThatThrownBy(() -> service.submit(submission, KEY)).isInstanceOf(IdempotencyKeyReused.class);
    }

    /** The key is free when this retry looks, then taken by the time its insert reaches the database. */
    private void raceLostTo(Petition winner, PetitionSubmission submission) {
        when(petitions.findByIdempotencyKey(KEY)).thenReturn(Optional.empty(), Optional.of(winner));
        // the instance's first step records the petition: its insert is refused by the key's unique constraint
        when(runtime.createProcessInstanceByKey(any()).setVariables(any()).executeWithVariablesInReturn())
                .thenThrow(new DataIntegrityViolationException("uk_petition_idempotency"));
    }

    private static Petition winner(String fingerprint) {
        Petition winner = new Petition("NOISE", "heyuan", "heyuan-g1", "5号楼", "电梯停运", PetitionChannel.HOTLINE,
                "zhaolei", LocalDateTime.of(2026, 11, 2, 9, 0));
        winner.idempotency(KEY, fingerprint);
        return winner;
    }

    private static PetitionSubmission submission(String description, String phone) {
        return new PetitionSubmission("NOISE", "heyuan", "heyuan-g1", "5号楼", new BigDecimal("31.2"),
                new BigDecimal("121.4"), description, "张三", phone, null, PetitionChannel.HOTLINE, "zhaolei");
    }

    /** A submission from its twelve fields in the record's order. */
    private static PetitionSubmission of(Object[] f) {
        return new PetitionSubmission((String) f[0], (String) f[1], (String) f[2], (String) f[3], (BigDecimal) f[4],
                (BigDecimal) f[5], (String) f[6], (String) f[7], (String) f[8], (String) f[9], (PetitionChannel) f[10],
                (String) f[11]);
    }

    private static PetitionSubmission withLocationAndDescription(String location, String description) {
        return new PetitionSubmission("NOISE", "heyuan", null, location, null, null, description, null, null, null,
                PetitionChannel.WEB, "12345");
    }

    private PetitionService service() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new PetitionService(petitions, mock(PetitionEventRepository.class),
                mock(PetitionCategoryRepository.class), mock(RegistryService.class), runtime,
                transactions, mock(PublicPetitions.class), mock(cn.gongzhi.petition.domain.PetitionEscalations.class),
                null);
    }
}
