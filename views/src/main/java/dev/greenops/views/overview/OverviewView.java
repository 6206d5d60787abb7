package dev.greenops.views.overview;

import dev.greenops.views.common.Labels;
import dev.greenops.model.ledger.explore.Overview;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Screen;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.CategoryItemEntity;

/**
 * The Overview screen (SCREENS.md): four tiles with their trend, emissions by team and month, the latest trail
 * verification and scheduler replay. A tile or a bar opens the Ledger on its rows.
 */
public final class OverviewView extends BorderPane implements Screen {

    private final AppContext context;
    private final OverviewViewModel vm;
    private final HBox tiles = new HBox(12);
    private final ChartPane chart;
    private final Label period = new Label();
    private final VBox verification = card("overview-verification");
    private final VBox replay = card("overview-replay");
    private final VBox body;
    private final ScrollPane scroll;
    private final VBox empty;
    private TeamMonthChart teamMonths;

    public OverviewView(AppContext context) {
        this.context = context;
        this.vm = new OverviewViewModel(context);
        setId("overview-view");
        Label title = new Label("Overview");
        title.getStyleClass().add("title-2");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        period.setId("overview-period");
        period.getStyleClass().add("app-period");
        period.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label("Click a tile or a bar to open its rows in the Ledger");
        hint.getStyleClass().add("app-muted");
        HBox header = new HBox(12, title, period, gap, hint);
        header.setAlignment(Pos.BASELINE_LEFT);

        tiles.setId("overview-tiles");
        tiles.setFillHeight(true);
        chart = new ChartPane(context, "emissions-by-team-and-month");
        chart.setId("overview-chart");
        chart.setPrefHeight(420);
        chart.setMinHeight(320);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox side = new VBox(12, verification, replay);
        side.setPrefWidth(330);
        side.setMinWidth(300);
        HBox lower = new HBox(12, chart, side);
        Label error = new Label();
        error.getStyleClass().add("app-problem");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        body = new VBox(16, header, error, tiles, lower);
        body.getStyleClass().add("app-overview");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        empty = emptyState();
        setCenter(scroll);

        vm.tiles().addListener((ListChangeListener<Tile>) c -> showTiles());
        vm.overviewProperty().addListener((o, a, ov) -> show(ov));
        chart.setOnEntityClicked(entity -> {
            if (entity instanceof CategoryItemEntity item && teamMonths != null) {
                String team = (String) item.getRowKey();
                LocalDate month = teamMonths.months().get((String) item.getColumnKey());
                if (teamMonths.isOther(team)) {
                    vm.openBar(teamMonths.otherTeams(), month, "other teams, ");
                } else {
                    vm.openBar(team, month);
                }
            }
        });
        chart.showMessage("Loading\u2026");
        verification.getChildren().setAll(cardTitle("Signed trail verification"), muted("Loading\u2026"));
        replay.getChildren().setAll(cardTitle("Latest scheduler replay"), muted("Loading\u2026"));
        refresh();
    }

    private static VBox card(String id) {
        VBox v = new VBox(6);
        v.setId(id);
        v.getStyleClass().add("app-card");
        return v;
    }

    private VBox emptyState() {
        Label t = new Label("No ledger rows yet");
        t.getStyleClass().add("title-3");
        Label b = new Label("Import UFMS:003 ledgers with File \u203a Import (Ctrl+I) or drop them on the window;"
                + " the overview totals them here.");
        b.setWrapText(true);
        Button importButton = new Button("Import files\u2026");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> context.requestImport());
        VBox box = new VBox(12, t, b, importButton);
        box.getStyleClass().add("app-empty-state");
        box.setId("overview-empty");
        return box;
    }

    private void showTiles() {
        tiles.getChildren().clear();
        for (Tile t : vm.tiles()) {
            tiles.getChildren().add(tile(t));
        }
    }

    private Node tile(Tile t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("app-tile-title");
        title.setWrapText(true);
        Label value = new Label(t.value());
        value.getStyleClass().add("app-tile-value");
        value.setId("tile-value-" + t.id());
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("app-tile-detail");
        detail.setWrapText(true);
        Label trend = new Label(t.trendText());
        trend.setWrapText(true);
        trend.getStyleClass().addAll("app-tile-trend", "app-trend-" + t.trend().name().toLowerCase(Locale.ROOT));
        VBox box = new VBox(4, title, value, detail, trend);
        if (!t.monthText().isEmpty()) {
            Label month = new Label(t.monthText());
            month.getStyleClass().add("app-tile-detail");
            box.getChildren().add(month);
        }
        box.setId("tile-" + t.id());
        box.getStyleClass().add("app-tile");
        box.setFocusTraversable(true);
        Tooltip.install(box, new Tooltip("Open these rows in the Ledger"));
        box.setOnMouseClicked(e -> vm.open(t));
        box.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                vm.open(t);
            }
        });
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(240);
        box.setMinWidth(200);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void show(Overview o) {
        setCenter(o.ledgerRows() == 0 ? empty : scroll);
        period.setText(OverviewViewModel.label(o.period()));
        period.setTooltip(new Tooltip(context.rangeFilter() == null
                ? "The last three months with data; choose other dates in the top bar"
                : "The shared date range from the top bar"));
        teamMonths = TeamMonthChart.of(o);
        if (o.byTeam().isEmpty()) {
            chart.showMessage("No emissions in this period.");
        } else {
            chart.setChart(teamMonths.chart());
        }
        showVerification(o.verification());
        showReplay(o.replay());
    }

    private void showVerification(Optional<Overview.Verification> v) {
        verification.getChildren().setAll(cardTitle("Signed trail verification"));
        if (v.isEmpty()) {
            verification.getChildren().add(muted("None yet: no trail has been verified in this workspace."
                    + " Verify one on the Signatures screen or with greenops verify."));
            return;
        }
        Overview.Verification r = v.get();
        boolean all = r.verifiedDays() == r.expectedDays();
        Label days = new Label(Fmt.count(r.verifiedDays()) + " of " + Fmt.count(r.expectedDays()) + " days verified");
        days.setId("overview-verified-days");
        days.getStyleClass().addAll("app-card-value", all ? "app-ok" : "app-bad");
        days.setWrapText(true);
        if (r.demoRoot()) {
            Label demo = new Label("DEMO");
            demo.setId("overview-verification-demo");
            demo.getStyleClass().add("app-demo-badge");
            demo.setMinWidth(Region.USE_PREF_SIZE);
            demo.setTooltip(new Tooltip("Verified against a DEMO trusted root made for the sample trail: it proves the"
                    + " workbench checks signatures, nothing about real signers."));
            HBox head = new HBox(8, cardTitle("Signed trail verification"), demo);
            head.setAlignment(Pos.CENTER_LEFT);
            verification.getChildren().setAll(head);
        }
        verification.getChildren().add(days);
        if (!r.failures().isEmpty()) {
            StringBuilder f = new StringBuilder();
            r.failures().forEach((status, n) -> f.append(f.isEmpty() ? "" : ", ").append(n).append(' ').append(status));
            verification.getChildren().add(wrap("Not verified: " + f));
        }
        verification.getChildren().addAll(
                muted(r.firstDay() + " \u2013 " + r.lastDay() + ", checked " + Fmt.utc(r.verifiedAtUtc())),
                muted("Trusted root: " + (r.trustedRoot() == null ? "not recorded" : r.trustedRoot())),
                muted(r.trailDir()));
    }

    private void showReplay(Optional<Overview.Replay> v) {
        replay.getChildren().setAll(cardTitle("Latest scheduler replay"));
        if (v.isEmpty()) {
            replay.getChildren().add(muted("None yet: no replay has been stored in this workspace."
                    + " Run one on the Scheduler screen or with greenops schedule."));
            return;
        }
        Overview.Replay r = v.get();
        Label saved = new Label(Fmt.kg(r.savedKgCo2()) + " saved");
        saved.setId("overview-replay-saved");
        saved.getStyleClass().addAll("app-card-value", r.savedKgCo2() >= 0 ? "app-ok" : "app-bad");
        replay.getChildren().addAll(saved,
                wrap((r.savingPct() == null ? "n/a" : Fmt.percent(r.savingPct())) + " of " + Fmt.kg(r.baselineKgCo2())
                        + " if every job had run at once"),
                muted(Fmt.count(r.jobRuns()) + " job runs, " + Fmt.count(r.deferred()) + " deferred \u00b7 policy "
                        + r.policies() + " \u00b7 replay " + r.replayId()));
    }

    private static Label cardTitle(String text) {
        return Labels.styled(text, "app-card-title");
    }

    private static Label wrap(String text) {
        return Labels.wrapped(text);
    }

    private static Label muted(String text) {
        return Labels.wrapped(text, "app-muted");
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void refresh() {
        vm.reload();
    }

    /** Ctrl+E saves the chart as PNG. */
    @Override
    public Optional<Runnable> exportAction() {
        return Optional.of(() -> chart.save("png"));
    }

    public OverviewViewModel viewModel() {
        return vm;
    }

    ChartPane chartPane() {
        return chart;
    }

    List<Node> tileNodes() {
        return List.copyOf(tiles.getChildren());
    }
}
