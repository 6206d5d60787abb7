package dev.greenops.views.overview;

import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.ledger.explore.Overview;
import dev.greenops.model.ledger.explore.OverviewService;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.model.ledger.explore.Totals;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Errors;
import dev.greenops.views.common.Fmt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Overview: four tiles (emissions, facility energy, GPU-hours, attribution) with their trend, emissions by team and
 * month, the latest trail verification and the latest scheduler replay, each read from the workspace or said to be
 * missing. A tile or a bar opens the Ledger on its rows.
 */
public final class OverviewViewModel {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final AppContext context;
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int generation;

    public OverviewViewModel(AppContext context) {
        this.context = context;
        context.rangeFromProperty().addListener((o, a, b) -> reload());
        context.rangeToProperty().addListener((o, a, b) -> reload());
        // a replay stored on the Scheduler screen or a verification on Signatures changes the cards and totals here
        context.workspaceWritesProperty().addListener((o, a, b) -> reload());
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void reload() {
        Workspace ws = context.workspace();
        if (ws == null) {
            return;
        }
        int gen = ++generation;
        LocalDate from = context.rangeFromProperty().get();
        LocalDate to = context.rangeToProperty().get();
        context.tasks().run("Totalling the overview", p -> new OverviewService(ws).load(from, to, p), o -> {
            if (gen != generation) {
                return;
            }
            error.set("");
            overview.set(o);
            tiles.setAll(tiles(o));
        }, e -> {
            if (gen == generation) {
                error.set(Errors.summary(e));
            }
        });
    }

    /** "Aug – Oct 2026", "Aug 2026", or the two days when the period is not whole months. */
    public static String label(Overview.Period p) {
        if (!p.wholeMonths()) {
            return p.from().equals(p.to()) ? p.from().toString() : p.from() + " \u2013 " + p.to();
        }
        LocalDate lastMonth = p.to().withDayOfMonth(1);
        if (p.from().equals(lastMonth)) {
            return MONTH_YEAR.format(p.from());
        }
        String first = p.from().getYear() == p.to().getYear() ? MONTH.format(p.from()) : MONTH_YEAR.format(p.from());
        return first + " \u2013 " + MONTH_YEAR.format(p.to());
    }

    static List<Tile> tiles(Overview o) {
        List<LedgerFilter> period = List.of(o.period().filter());
        String previous = label(o.previous());
        boolean noPrevious = o.previousTotals().rows() == 0;
        List<Tile> out = new ArrayList<>();

        Totals cur = o.current();
        String market = cur.marketBasedKgCo2e() == null
                ? "Market-based: not reported"
                : "Market-based: " + Fmt.kg(cur.marketBasedKgCo2e())
                        + (cur.marketBasedRows() < cur.rows() ? " (" + Fmt.count(cur.marketBasedRows()) + " of "
                                + Fmt.rows(cur.rows()) + ")" : "");
        out.add(quantity(o, "emissions", "Emissions, location-based", Fmt.kg(cur.emissionsKgCo2e()), market,
                Totals::emissionsKgCo2e, true, previous, noPrevious, period));
        out.add(quantity(o, "energy", "Facility energy", Fmt.kwh(cur.energyKwh()),
                "IT energy \u00d7 PUE, over " + Fmt.rows(cur.rows()), Totals::energyKwh, true, previous, noPrevious, period));
        out.add(quantity(o, "gpu-hours", "GPU-hours", Fmt.gpuHours(cur.gpuHours()),
                cur.costUsd() == null ? "Cost: not reported" : "Cost: " + Fmt.usd(cur.costUsd())
                        + (cur.costRows() < cur.rows() ? " (" + Fmt.count(cur.costRows()) + " of " + Fmt.rows(cur.rows()) + ")" : ""),
                Totals::gpuHours, false, previous, noPrevious, period));

        double share = cur.rows() == 0 ? Double.NaN : 100.0 * o.currentAttributed() / cur.rows();
        double before = noPrevious ? Double.NaN : 100.0 * o.previousAttributed() / o.previousTotals().rows();
        String trend;
        Tile.Trend direction;
        if (cur.rows() == 0) {
            trend = "No rows in this period";
            direction = Tile.Trend.NONE;
        } else if (noPrevious) {
            trend = "No data for " + previous + " to compare with";
            direction = Tile.Trend.NONE;
        } else {
            double pp = share - before;
            trend = points(pp) + " vs " + previous;
            direction = Math.abs(pp) < 0.05 ? Tile.Trend.NEUTRAL : pp > 0 ? Tile.Trend.BETTER : Tile.Trend.WORSE;
        }
        List<LedgerFilter> unattributed = List.of(o.period().filter(), new LedgerFilter.FailsCheck(QualityCheck.NOT_FULLY_ATTRIBUTED));
        out.add(new Tile("attribution", "Fully attributed rows", cur.rows() == 0 ? "n/a" : Fmt.percent(share),
                Fmt.count(o.currentAttributed()) + " of " + Fmt.rows(cur.rows())
                        + (o.currentAttributed() == 1 ? " names" : " name") + " an owner (email) and a methodology",
                trend, direction, monthTrend(o, m -> m.totals().rows() == 0 ? null
                        : BigDecimal.valueOf(100.0 * m.attributed() / m.totals().rows()), true), unattributed));
        return out;
    }

    private static Tile quantity(Overview o, String id, String title, String value, String detail,
            Function<Totals, BigDecimal> measure, boolean lowerIsBetter, String previous, boolean noPrevious,
            List<LedgerFilter> filters) {
        String trend;
        Tile.Trend direction;
        if (o.current().rows() == 0) {
            trend = "No rows in this period";
            direction = Tile.Trend.NONE;
        } else if (noPrevious) {
            trend = "No data for " + previous + " to compare with";
            direction = Tile.Trend.NONE;
        } else {
            Double change = OverviewService.change(measure.apply(o.current()), measure.apply(o.previousTotals()));
            trend = Fmt.change(change) + " vs " + previous;
            direction = direction(change, lowerIsBetter);
        }
        return new Tile(id, title, value, detail, trend, direction,
                monthTrend(o, m -> m.totals().rows() == 0 ? null : measure.apply(m.totals()), false), filters);
    }

    private static Tile.Trend direction(Double change, boolean lowerIsBetter) {
        if (change == null) {
            return Tile.Trend.NONE;
        }
        if (Math.abs(change) < 0.05) {
            return Tile.Trend.NEUTRAL;
        }
        if (!lowerIsBetter) {
            return Tile.Trend.NEUTRAL;
        }
        return change < 0 ? Tile.Trend.BETTER : Tile.Trend.WORSE;
    }

    /** The last month of the period against the one before it, e.g. "Oct vs Sep: −3.1%"; empty with one month. */
    private static String monthTrend(Overview o, Function<Overview.Month, BigDecimal> value, boolean points) {
        List<Overview.Month> months = o.months();
        if (months.size() < 2) {
            return "";
        }
        Overview.Month last = months.getLast();
        Overview.Month before = months.get(months.size() - 2);
        BigDecimal a = value.apply(last);
        BigDecimal b = value.apply(before);
        String head = MONTH.format(last.start()) + " vs " + MONTH.format(before.start()) + ": ";
        if (a == null || b == null) {
            return head + "n/a (a month without rows)";
        }
        if (points) {
            return head + points(a.subtract(b).doubleValue());
        }
        return head + Fmt.change(OverviewService.change(a, b));
    }

    private static String points(double pp) {
        String v = String.format(Locale.ROOT, "%.1f", Math.abs(pp));
        return (pp > 0.05 ? "+" : pp < -0.05 ? "\u2212" : "\u00b1") + v + " points";
    }

    /** Opens the ledger on a tile's rows. */
    public void open(Tile tile) {
        context.openLedger(tile.filters(), "Overview: " + tile.title());
    }

    /** Opens the ledger on one team's rows in one month (clipped to the period); null = every team. */
    public void openBar(String team, LocalDate month) {
        openBar(team == null ? List.of() : List.of(team), month, team == null ? "" : team + ", ");
    }

    /** Opens the ledger on the rows of {@code teams} (empty = every team) in one month (clipped to the period). */
    public void openBar(List<String> teams, LocalDate month, String what) {
        Overview o = overview.get();
        if (o == null) {
            return;
        }
        LocalDate from = month.isBefore(o.period().from()) ? o.period().from() : month;
        LocalDate end = month.withDayOfMonth(month.lengthOfMonth());
        LocalDate to = end.isAfter(o.period().to()) ? o.period().to() : end;
        List<LedgerFilter> filters = new ArrayList<>();
        filters.add(new LedgerFilter.DateRange(from, to));
        if (teams.size() == 1) {
            filters.add(new LedgerFilter.Equals(dev.greenops.model.ledger.explore.LedgerColumn.TEAM, teams.getFirst()));
        } else if (!teams.isEmpty()) {
            filters.add(new LedgerFilter.OneOf(dev.greenops.model.ledger.explore.LedgerColumn.TEAM, teams));
        }
        context.openLedger(filters, "Overview: " + what + MONTH_YEAR.format(month));
    }
}
