package dev.greenops.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UfmsSchemaTest {

    /** DATA-MODEL.md's UFMS:003 table, in its order (the contract other people's scripts rely on). */
    static final List<String> DATA_MODEL_COLUMNS = List.of(
            "date", "resource_id", "job_id", "team", "owner", "model_family", "model", "framework", "provider",
            "region", "gpu_type", "gpu_count", "gpu_hours", "energy_kwh", "pue", "grid_intensity_g_per_kwh",
            "emissions_kgco2e", "market_based_kgco2e", "embodied_kgco2e", "cost_usd", "methodology",
            "intensity_source", "signed_at");

    static final List<String> OPTIONAL =
            List.of("gpu_count", "market_based_kgco2e", "embodied_kgco2e", "cost_usd", "signed_at");

    @Test
    void the_schema_lists_the_data_model_columns_in_order() {
        assertThat(UfmsSchema.standard().columnNames()).isEqualTo(DATA_MODEL_COLUMNS);
    }

    @Test
    void required_and_optional_follow_the_data_model() {
        for (PropertyRule rule : UfmsSchema.standard().properties()) {
            assertThat(rule.required()).as(rule.name()).isEqualTo(!OPTIONAL.contains(rule.name()));
            assertThat(rule.nullable()).as(rule.name()).isEqualTo(OPTIONAL.contains(rule.name()));
        }
    }

    @Test
    void the_expected_text_of_messages_comes_from_the_schema() {
        UfmsSchema s = UfmsSchema.standard();
        assertThat(s.require("energy_kwh").expected()).isEqualTo("a decimal >= 0");
        assertThat(s.require("pue").expected()).isEqualTo("a decimal >= 1");
        assertThat(s.require("pue").expectedWithUpperBound()).isEqualTo("a decimal >= 1 and < 10,000");
        assertThat(s.require("gpu_count").expected()).isEqualTo("a whole number >= 0");
        assertThat(s.require("methodology").expected())
                .isEqualTo("a methodology id with a version, such as tdp-estimate@1");
        assertThat(s.require("team").expected()).isEqualTo("non-empty text");
    }

    @Test
    void a_keyword_the_sql_does_not_translate_is_refused_by_name() {
        String schema = new String(UfmsSchema.standard().bytes(), StandardCharsets.UTF_8)
                .replace("\"minimum\": 1,", "\"minimum\": 1, \"multipleOf\": 0.01,");
        assertThatThrownBy(() -> UfmsSchema.parse(schema.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("property pue: keyword 'multipleOf' is not translated to SQL");
    }

    @Test
    void additional_properties_must_stay_forbidden() {
        String schema = new String(UfmsSchema.standard().bytes(), StandardCharsets.UTF_8)
                .replace("\"additionalProperties\": false", "\"additionalProperties\": true");
        assertThatThrownBy(() -> UfmsSchema.parse(schema.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("additionalProperties: false");
    }
}
