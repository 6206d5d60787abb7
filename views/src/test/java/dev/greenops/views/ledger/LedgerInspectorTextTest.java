package dev.greenops.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerInspectorTextTest {

    @Test
    void the_recomputation_line_agrees_in_number_with_its_rows() {
        assertThat(LedgerInspector.someDoNotRecompute(1, 2098))
                .isEqualTo("1 row of 2,098 does not recompute within 0.5%");
        assertThat(LedgerInspector.someDoNotRecompute(9, 2098))
                .isEqualTo("9 rows of 2,098 do not recompute within 0.5%");
        assertThat(LedgerInspector.allRecompute(1)).startsWith("The 1 row recomputes: ");
        assertThat(LedgerInspector.allRecompute(2098)).startsWith("All 2,098 rows recompute: ");
    }
}
