package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.reference.ReferenceData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ProfileCommandTest {

    static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    @Test
    void de_on_2023_06_01_renders_a_png_and_reports_the_window_at_150() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        Path png = dir.resolve("de.png");
        CliTest.Run r = CliTest.run("profile", "--intensity", de.toString(), "--region", "DE", "--day", "2023-06-01",
                "--threshold", "150", "--png", png.toString(), "--json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode region = j.get("regions").get(0);
        assertThat(region.get("source").asText()).isEqualTo("electricitymaps:DE:2023-hourly:direct");
        assertThat(region.get("points")).hasSize(24);
        assertThat(region.get("points").get(11).get("gPerKwh").asText()).isEqualTo("129.79");
        assertThat(region.get("windows")).hasSize(1);
        assertThat(region.get("windows").get(0).get("start").asText()).isEqualTo("2023-06-01T09:00:00Z");
        assertThat(region.get("windows").get(0).get("end").asText()).isEqualTo("2023-06-01T14:00:00Z");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void svg_is_well_formed_xml_with_the_charts_title_series_threshold_and_axis() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        Path svg = dir.resolve("de.svg");
        CliTest.Run r = CliTest.run("profile", "--intensity", de.toString(), "--region", "DE", "--day", "2023-06-01",
                "--threshold", "150", "--svg", svg.toString(), "--theme", "dark");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Chart written to " + svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile()); // throws on anything not well-formed
        assertThat(doc.getDoctype()).as("no DTD to fetch from the web").isNull();
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        NodeList texts = doc.getElementsByTagNameNS(SVG, "text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent().strip());
        }
        assertThat(shown).contains("Grid carbon intensity \u2014 DE, 2023-06-01 (UTC)", "DE", "threshold 150 g/kWh",
                "g CO\u2082e/kWh", "time of day (UTC), 2023-06-01");
        // the dark theme's background, as on screen
        assertThat(Files.readString(svg)).contains("fill=\"rgb(13,17,23)\"");
        // written through a temporary file, yet with the permissions of any new file (the umask), as the PNG is
        assertThat(Files.getPosixFilePermissions(svg))
                .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary-file"))));
    }

    @Test
    void every_hourly_value_prints_with_the_decimals_the_data_has_not_fewer_when_a_value_ends_in_zero() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        CliTest.Run r = CliTest.run("profile", "--intensity", de.toString(), "--region", "DE", "--day", "2023-06-01",
                "--threshold", "150");
        assertThat(r.code()).as(r.err()).isZero();
        // the file holds 209.3 and 204.26 on this day: two decimals for every hour
        assertThat(r.out()).contains("  00:00      209.30 g/kWh", "  01:00      204.26 g/kWh", "  17:00      228.10 g/kWh");
        List<String> hours = r.out().lines().filter(l -> l.matches("  \\d\\d:\\d\\d .*")).toList();
        assertThat(hours).hasSize(24).allSatisfy(l -> assertThat(l).matches("  \\d\\d:\\d\\d +\\d{1,3}\\.\\d\\d g/kWh.*"));
        assertThat(r.out()).containsPattern("min 129\\.79, mean \\d+\\.\\d\\d, max 251\\.85 g/kWh");
        assertThat(r.out()).containsPattern("mean \\d+\\.\\d\\d g/kWh\\n");
    }

    @Test
    void one_decimal_data_prints_one_decimal_everywhere_with_thousands_separators() throws Exception {
        StringBuilder csv = new StringBuilder("datetime,zone,carbon_intensity_g_per_kwh\n");
        for (int h = 0; h < 24; h++) {
            csv.append(String.format("2024-03-05T%02d:00:00Z,PL,%s%n", h, h == 3 ? "1025" : h < 12 ? "980.5" : "612.4"));
        }
        Path file = Files.writeString(dir.resolve("pl.csv"), csv);
        CliTest.Run r = CliTest.run("profile", "--intensity", file.toString(), "--region", "PL", "--day", "2024-03-05",
                "--threshold", "700");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("  03:00     1,025.0 g/kWh", "  04:00       980.5 g/kWh", "  12:00       612.4 g/kWh ",
                "min 612.4, mean 798.3, max 1,025.0 g/kWh", "At or below 700 g/kWh:", "mean 612.4 g/kWh");
    }

    @Test
    void the_gpl_licensed_svg_library_is_not_shipped() {
        // docs/adr/0501: JFreeSVG (GPL-3.0) was replaced by Batik's generator; it must not come back transitively
        assertThat(getClass().getClassLoader().getResource("org/jfree/svg/SVGGraphics2D.class")).isNull();
        assertThat(getClass().getClassLoader().getResource("org/apache/batik/svggen/SVGGraphics2D.class")).isNotNull();
    }

    @Test
    void a_cloud_region_is_drawn_from_its_zone_and_says_so() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        CliTest.Run r = CliTest.run("profile", "--intensity", de.toString(), "--region", "europe-west3", "--day", "2023-06-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("europe-west3 (DE), 2023-06-01 (UTC): electricitymaps:DE:2023-hourly:direct")
                .contains("At or below 80 g/kWh: never on this day");
    }

    @Test
    void a_day_outside_the_data_is_an_error() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        CliTest.Run r = CliTest.run("profile", "--intensity", de.toString(), "--region", "DE", "--day", "2024-06-01");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no intensity for DE on 2024-06-01");
    }
}
