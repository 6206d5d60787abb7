package dev.greenops.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GpuSpecsTest {

    @Test
    void the_short_a10g_row_keeps_its_memory_and_source_in_their_columns() {
        GpuSpecs.Spec a10g = GpuSpecs.byName("A10G").orElseThrow();
        assertThat(a10g.shortRow()).isTrue();
        assertThat(a10g.tdpWatts()).isEqualTo(150.0);
        assertThat(a10g.tflops32()).isEqualTo(31.52);
        assertThat(a10g.tflops16()).isNull();
        assertThat(a10g.memoryGb()).isEqualTo(24.0);
        assertThat(a10g.source()).isEqualTo("https://www.techpowerup.com/gpu-specs/a10g.c3798");
    }

    @Test
    void every_other_row_is_whole_and_read_by_header_name() {
        List<GpuSpecs.Spec> all = GpuSpecs.bundled();
        assertThat(all).hasSize(48);
        assertThat(all).filteredOn(GpuSpecs.Spec::shortRow).extracting(GpuSpecs.Spec::name).containsExactly("A10G");
        assertThat(all).extracting(GpuSpecs.Spec::type).containsOnly("gpu", "cpu", "tpu");
        GpuSpecs.Spec h100 = GpuSpecs.byName("H100 SXM").orElseThrow();
        assertThat(List.of(h100.tdpWatts(), h100.tflops32(), h100.tflops16(), h100.memoryGb()))
                .containsExactly(700.0, 989.0, 1979.0, 80.0);
        assertThat(GpuSpecs.byName("L40S").orElseThrow().memoryGb()).isEqualTo(48.0);
    }

    @Test
    void columns_are_found_by_name_in_any_order_and_non_numbers_are_empty() {
        List<GpuSpecs.Spec> specs = GpuSpecs.parse("""
                source,memory,name,type,tdp_watts,TFLOPS32, TFLOPS16
                https://x,16,X1,GPU,NaN,unk,
                """);
        assertThat(specs).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("X1");
            assertThat(s.type()).isEqualTo("gpu");
            assertThat(s.tdpWatts()).isNull();
            assertThat(s.tflops32()).isNull();
            assertThat(s.memoryGb()).isEqualTo(16.0);
            assertThat(s.source()).isEqualTo("https://x");
        });
    }
}
