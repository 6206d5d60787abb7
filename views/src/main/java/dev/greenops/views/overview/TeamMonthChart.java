package dev.greenops.views.overview;

import dev.greenops.model.ledger.explore.Overview;
import dev.greenops.views.common.ChartStyle;
import dev.greenops.views.common.Fmt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The Overview's stacked monthly bar chart of location-based emissions by team: the largest teams each a series, the
 * rest as "Other (n)".
 *
 * @param months the months in order, with their axis labels
 * @param otherTeams teams folded into "Other"
 */
record TeamMonthChart(DefaultCategoryDataset dataset, Map<String, LocalDate> months, List<String> otherTeams) {

    static final int MAX_TEAMS = 8;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    static TeamMonthChart of(Overview o) {
        Map<String, BigDecimal> byTeam = new LinkedHashMap<>();
        for (Overview.TeamMonth tm : o.byTeam()) {
            byTeam.merge(tm.team(), tm.emissionsKgCo2e(), BigDecimal::add);
        }
        List<String> ranked = new ArrayList<>(byTeam.keySet());
        ranked.sort((a, b) -> byTeam.get(b).compareTo(byTeam.get(a)));
        Set<String> shown = new LinkedHashSet<>(ranked.size() > MAX_TEAMS ? ranked.subList(0, MAX_TEAMS - 1) : ranked);
        List<String> other = ranked.stream().filter(t -> !shown.contains(t)).toList();
        String otherName = "Other (" + other.size() + ")";
        Map<String, LocalDate> months = new LinkedHashMap<>();
        for (Overview.Month m : o.months()) {
            months.put(LABEL.format(m.start()), m.start());
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (String team : shown) {
            for (String label : months.keySet()) {
                ds.addValue(0.0, team, label);
            }
        }
        if (!other.isEmpty()) {
            for (String label : months.keySet()) {
                ds.addValue(0.0, otherName, label);
            }
        }
        for (Overview.TeamMonth tm : o.byTeam()) {
            String series = shown.contains(tm.team()) ? tm.team() : otherName;
            String label = LABEL.format(tm.month());
            Number before = ds.getValue(series, label);
            ds.setValue(before.doubleValue() + tm.emissionsKgCo2e().doubleValue(), series, label);
        }
        return new TeamMonthChart(ds, months, other);
    }

    boolean isOther(String series) {
        return !otherTeams.isEmpty() && series.startsWith("Other (");
    }

    JFreeChart chart() {
        CategoryAxis x = new CategoryAxis("Month (UTC)");
        x.setCategoryMargin(0.25);
        NumberAxis y = new NumberAxis("Emissions, location-based (" + Fmt.KG + ")");
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.18);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            r.setSeriesPaint(i, isOther((String) dataset.getRowKey(i)) ? ChartStyle.OTHER : ChartStyle.series(i));
        }
        r.setDefaultToolTipGenerator((ds, row, column) -> ds.getRowKey(row) + " \u00b7 " + ds.getColumnKey(column) + ": "
                + Fmt.kg(ds.getValue(row, column).doubleValue()) + " (click for the rows)");
        CategoryPlot plot = new CategoryPlot(dataset, x, y, r);
        JFreeChart chart = new JFreeChart("Emissions by team and month", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
