package dev.greenops.model.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Third-party reference data bundled in the model jar, unmodified (see {@code reference/ATTRIBUTION.md} beside the
 * files): real grid intensity, GCP region averages, GPU TDPs, provider PUEs.
 */
public enum ReferenceData {
    DE_2023_HOURLY("intensity/DE_2023_hourly.csv"),
    GCP_REGIONS_2019("regions/gcp-region-carbon-info-2019.csv"),
    GCP_REGIONS_2020("regions/gcp-region-carbon-info-2020.csv"),
    GCP_REGIONS_2021("regions/gcp-region-carbon-info-2021.csv"),
    GCP_REGIONS_2022("regions/gcp-region-carbon-info-2022.csv"),
    GCP_REGIONS_2023("regions/gcp-region-carbon-info-2023.csv"),
    GCP_REGIONS_2024("regions/gcp-region-carbon-info-2024.csv"),
    CLOUD_IMPACT_CODECARBON("regions/cloud-impact-codecarbon.csv"),
    GPUS_MLCO2("hardware/gpus-mlco2-impact.csv"),
    GPU_TDP_GREEN_ALGORITHMS("hardware/TDP_gpu-green-algorithms.csv"),
    PUE_GREEN_ALGORITHMS("pue/defaults_PUE-green-algorithms.csv"),
    ATTRIBUTION("ATTRIBUTION.md");

    private final String path;

    ReferenceData(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public InputStream open() {
        InputStream in = ReferenceData.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled reference file missing: " + path + " (a packaging bug)");
        }
        return in;
    }

    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the file, unmodified, to {@code target} (DuckDB reads files, not class-path resources). */
    public Path copyTo(Path target) throws IOException {
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        try (InputStream in = open()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
