package dev.greenops.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.Workspace;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void plain_drops_the_padding_of_the_scale_and_never_uses_an_exponent() {
        assertThat(Decimals.plainText(new BigDecimal("71.490000"))).isEqualTo("71.49");
        assertThat(Decimals.plainText(new BigDecimal("100.000000"))).isEqualTo("100");
        assertThat(Decimals.plainText(new BigDecimal("0.000000"))).isEqualTo("0");
        assertThat(Decimals.plainText(new BigDecimal("-0.500"))).isEqualTo("-0.5");
        assertThat(Decimals.plainText(new BigDecimal("0.000123"))).isEqualTo("0.000123");
        assertThat(Decimals.plain(new BigDecimal("1200.00")).scale()).isZero();
        assertThat(Decimals.plainText(null)).isNull();
    }

    @Test
    void the_sql_form_agrees_with_the_java_form_on_duckdb_decimals() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            String sql = "select " + Decimals.sqlPlainText("x") + " from (values (71.49::decimal(18, 6)),"
                    + " (100::decimal(18, 6)), (0::decimal(18, 6)), (-0.5::decimal(18, 6)), (0.000123::decimal(18, 6)),"
                    + " (1200::decimal(12, 4)), (null::decimal(18, 6))) t(x)";
            java.util.List<String> out = ws.read(c -> {
                java.util.List<String> rows = new java.util.ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            });
            assertThat(out).containsExactly("71.49", "100", "0", "-0.5", "0.000123", "1200", null);
        }
    }
}
