package dev.greenops.views.ledger;

import dev.greenops.model.query.QueryHistory;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FilePrompts;
import dev.greenops.views.common.LedgerRequest;
import dev.greenops.views.common.Screen;
import dev.greenops.views.common.Tables;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Ledger screen (SCREENS.md): Explore (pivot, chart, drill-down rows), Data quality, and the read-only SQL console;
 * the inspector shows the provenance of what is selected.
 */
public final class LedgerView extends BorderPane implements Screen {

    private final AppContext context;
    private final LedgerViewModel vm;
    private final QualityViewModel quality;
    private final SqlConsoleViewModel sql;
    private final TabPane tabs = new TabPane();
    private final Tab exploreTab;
    private final Tab qualityTab;
    private final Tab sqlTab;
    private final ExplorePane explore;
    private final QualityPane qualityPane;
    private final SqlConsolePane sqlPane;
    private final LedgerInspector inspector;
    private final VBox empty;

    public LedgerView(AppContext context) {
        this(context, QueryHistory.load());
    }

    public LedgerView(AppContext context, QueryHistory history) {
        this.context = context;
        setId("ledger-view");
        vm = new LedgerViewModel(context);
        quality = new QualityViewModel(context, vm::scope);
        sql = new SqlConsoleViewModel(context, history);
        explore = new ExplorePane(vm, context);
        qualityPane = new QualityPane(quality, context, check -> {
            vm.showFailing(check);
            tabs.getSelectionModel().select(0);
        });
        sqlPane = new SqlConsolePane(sql, context);
        inspector = new LedgerInspector(vm);
        exploreTab = tab("Explore", "tab-explore", explore);
        qualityTab = tab("Data quality", "tab-quality", qualityPane);
        sqlTab = tab("SQL console", "tab-sql", sqlPane);
        tabs.getTabs().addAll(exploreTab, qualityTab, sqlTab);
        tabs.setId("ledger-tabs");

        Label error = new Label();
        error.setId("ledger-error");
        error.getStyleClass().add("app-problem");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        setTop(error);

        empty = emptyState();
        vm.workspaceRowsProperty().addListener((o, a, n) -> updateEmpty());
        setCenter(tabs);
        vm.filters().addListener((javafx.collections.ListChangeListener<dev.greenops.model.ledger.explore.LedgerFilter>)
                c -> quality.reload());
        context.rangeFromProperty().addListener((o, a, b) -> quality.reload());
        context.rangeToProperty().addListener((o, a, b) -> quality.reload());
        context.ledgerRequestProperty().addListener((o, a, request) -> apply(request));
        LedgerRequest pending = context.ledgerRequestProperty().get();
        if (pending != null) {
            apply(pending);
        } else {
            refresh();
        }
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private VBox emptyState() {
        Label title = new Label("This workspace has no ledger rows yet");
        title.getStyleClass().add("title-3");
        Label body = new Label("Import UFMS:003 ledgers (CSV, JSON, Parquet) with File \u203a Import (Ctrl+I), or drop the"
                + " files anywhere on this window. You will see the detected format and the first rows before"
                + " anything is written.");
        body.setWrapText(true);
        body.setMaxWidth(620);
        Button importButton = new Button("Import files\u2026");
        importButton.setId("ledger-empty-import");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> context.requestImport());
        VBox box = new VBox(12, title, body, importButton);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("app-empty-state");
        box.setId("ledger-empty");
        return box;
    }

    private void updateEmpty() {
        setCenter(vm.workspaceRowsProperty().get() == 0 ? empty : tabs);
    }

    private void apply(LedgerRequest request) {
        if (request == null) {
            return;
        }
        tabs.getSelectionModel().select(exploreTab);
        vm.apply(request);
        quality.reload();
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public Node inspectorContent() {
        return inspector;
    }

    @Override
    public void refresh() {
        vm.reload();
        quality.reload();
    }

    /** Ctrl+E: the current tab's table (the rows of Explore, the checks, the query result) as CSV. */
    @Override
    public Optional<Runnable> exportAction() {
        return Optional.of(() -> {
            Tab t = tabs.getSelectionModel().getSelectedItem();
            if (t == qualityTab) {
                Tables.export(qualityPane.checksTable());
            } else if (t == sqlTab) {
                Tables.export(sqlPane.resultTable());
            } else {
                context.files().save("Export rows as CSV", "ledger-rows.csv", List.of(FilePrompts.CSV))
                        .ifPresent(vm::exportRows);
            }
        });
    }

    public LedgerViewModel viewModel() {
        return vm;
    }

    public QualityViewModel qualityViewModel() {
        return quality;
    }

    public SqlConsoleViewModel sqlViewModel() {
        return sql;
    }

    public TabPane tabs() {
        return tabs;
    }
}
