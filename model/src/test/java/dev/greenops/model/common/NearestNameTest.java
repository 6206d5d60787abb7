package dev.greenops.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    static final List<String> KNOWN = List.of("energy_kwh", "emissions_kgco2e", "pue", "threshold_g_per_kwh");

    @Test
    void suggests_the_nearest_known_name_ignoring_case() {
        assertThat(NearestName.in(KNOWN, "energy_kw")).contains("energy_kwh");
        assertThat(NearestName.in(KNOWN, "Energy_KWh")).contains("energy_kwh");
        assertThat(NearestName.in(KNOWN, "treshold_g_per_kwh")).contains("threshold_g_per_kwh");
    }

    @Test
    void suggests_nothing_more_than_three_edits_away() {
        assertThat(NearestName.in(KNOWN, "pueee")).contains("pue"); // two edits
        assertThat(NearestName.in(KNOWN, "cost_usd")).isEmpty();
        assertThat(NearestName.in(List.of(), "pue")).isEmpty();
    }

    @Test
    void of_equally_near_names_the_first_wins() {
        assertThat(NearestName.in(List.of("abc", "abd"), "abx")).contains("abc");
        assertThat(NearestName.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
