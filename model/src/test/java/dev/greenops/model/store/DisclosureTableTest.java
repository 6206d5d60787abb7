package dev.greenops.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DATA-MODEL.md names `disclosure` among the tables scripts rely on: it exists, empty, with the csrd.csv columns. */
class DisclosureTableTest {

    @Test
    void every_workspace_has_an_empty_disclosure_table_with_the_csrd_columns_in_order() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            List<String> columns = ws.read(c -> {
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select column_name from information_schema.columns"
                                + " where table_name = 'disclosure' order by ordinal_position")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(columns).containsExactly("reporting_period", "scope", "category", "activity_description",
                    "activity_units", "activity_quantity", "emission_factor", "total_emissions_kgCO2eq");
            assertThat(ws.count("disclosure")).isZero();
        }
    }
}
