package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A petition number typed back any of the ways residents type it is read as the number the receipt printed. */
class PetitionNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "P-2026-000001 | P-2026-000001",
            "p-2026-000001 | P-2026-000001",
            "2026-000001   | P-2026-000001",
            "2026000001    | P-2026-000001",
            "P2026000001   | P-2026-000001",
            "P-2026-1      | P-2026-000001",
            "Ｐ－２０２６－０００００１ | P-2026-000001",
            "'P - 2026 - 000123' | P-2026-000123",
            // not a petition number: left as typed (upper-cased), for the lookup to say it is unknown
            "E-2026-000001 | E-2026-000001",
            // a district's millionth petition and after: seven digits, typed any of the ways
            "P-2026-1234567 | P-2026-1234567",
            "2026-1000000   | P-2026-1000000",
            "p20261000000   | P-2026-1000000",
            "abc           | ABC"})
    void aTypedNumberIsReadAsTheReceiptPrintedIt(String typed, String canonical) {
        assertThat(PetitionNumbers.canonical(typed)).isEqualTo(canonical);
    }
}
