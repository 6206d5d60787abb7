package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.Dimension;
import dev.greenops.model.ledger.explore.LedgerExplorer;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.ledger.explore.LedgerQuery;
import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.Measure;
import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.model.ledger.explore.RowCursor;
import dev.greenops.model.ledger.explore.Sort;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Errors;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.LedgerRequest;
import dev.greenops.views.common.Notice;
import dev.greenops.views.common.PagedList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Ledger explorer's state: the filters (the shared date range plus the user's), the pivot (group-by × time
 * bucket) with its totals, the drill-down rows behind a selected aggregate (paged, never all in memory), and what the
 * inspector shows. All reads go through the model's {@link LedgerExplorer} on the task runner; a result that arrives
 * after the state moved on is dropped.
 */
public final class LedgerViewModel {

    public static final int PAGE_SIZE = 200;
    public static final int MAX_PIVOT_CELLS = 5_000;
    public static final int MAX_INSPECTED_ROWS = 200;

    private final AppContext context;
    private final ObjectProperty<Dimension> groupBy = new SimpleObjectProperty<>(Dimension.TEAM);
    private final ObjectProperty<TimeGrain> grain = new SimpleObjectProperty<>(TimeGrain.MONTH);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.EMISSIONS);
    private final ObservableList<LedgerFilter> filters = FXCollections.observableArrayList();
    private final ObjectProperty<Drill> drill = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Sort>> sort = new SimpleObjectProperty<>(Sort.DEFAULT);
    private final ReadOnlyObjectWrapper<Pivot> pivot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper rowCount = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper workspaceRows = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PagedList<LedgerRow> rows;
    private RowCursor cursor;
    private int pivotGeneration;
    private int rowsGeneration;
    private int inspectGeneration;
    private boolean muted;

    public LedgerViewModel(AppContext context) {
        this.context = context;
        this.rows = new PagedList<>(PAGE_SIZE, 50, context.tasks().pageLoader(), context.tasks()::later);
        groupBy.addListener((o, a, b) -> reloadPivot());
        grain.addListener((o, a, b) -> reloadPivot());
        filters.addListener((javafx.collections.ListChangeListener<LedgerFilter>) c -> {
            if (!muted) {
                drill.set(null);
                reload();
            }
        });
        drill.addListener((o, a, b) -> {
            if (!muted) {
                reloadRows();
            }
        });
        sort.addListener((o, a, b) -> reloadRows());
        context.rangeFromProperty().addListener((o, a, b) -> reload());
        context.rangeToProperty().addListener((o, a, b) -> reload());
    }

    // ---- state the view binds to

    public ObjectProperty<Dimension> groupByProperty() {
        return groupBy;
    }

    public ObjectProperty<TimeGrain> grainProperty() {
        return grain;
    }

    /** The measure the chart shows (the table shows all of them). */
    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** The user's filters (the chips); the shared date range applies on top. */
    public ObservableList<LedgerFilter> filters() {
        return filters;
    }

    public ObjectProperty<Drill> drillProperty() {
        return drill;
    }

    public ObjectProperty<List<Sort>> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<Pivot> pivotProperty() {
        return pivot.getReadOnlyProperty();
    }

    /** The rows of the current view (filters + drill-down), loaded a page at a time. */
    public PagedList<LedgerRow> rows() {
        return rows;
    }

    public ReadOnlyLongProperty rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    /** Rows in the whole workspace (-1 until known): zero means "import something first". */
    public ReadOnlyLongProperty workspaceRowsProperty() {
        return workspaceRows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    /** The last failure, for the screen's banner; empty when fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where the current filters came from when another screen opened the ledger, e.g. "Overview: Emissions". */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    // ---- queries

    /** The shared range and the user's filters: what the pivot and the data-quality checks cover. */
    public LedgerQuery scope() {
        LedgerQuery q = LedgerQuery.ALL;
        LedgerFilter range = context.rangeFilter();
        if (range != null) {
            q = q.and(range);
        }
        return q.andAll(filters);
    }

    /** The scope and the drill-down: what the rows table shows. */
    public LedgerQuery rowsQuery() {
        Drill d = drill.get();
        return d == null ? scope() : scope().andAll(d.filters());
    }

    /** A sentence for the rows pane: which rows, how many. */
    public String rowsTitle() {
        Drill d = drill.get();
        String what = d == null ? (filters.isEmpty() && context.rangeFilter() == null ? "All rows" : "Filtered rows") : d.label();
        return what + " \u2014 " + Fmt.rows(rowCount.get());
    }

    // ---- actions

    /** Reloads everything (F5, a workspace switch, an import). */
    public void reload() {
        Workspace ws = context.workspace();
        if (ws == null) {
            workspaceRows.set(-1);
            return;
        }
        context.tasks().runQuietly(p -> new LedgerExplorer(ws).count(LedgerQuery.ALL), workspaceRows::set, this::fail);
        reloadPivot();
        reloadRows();
    }

    private void reloadPivot() {
        Workspace ws = context.workspace();
        if (ws == null) {
            return;
        }
        int gen = ++pivotGeneration;
        LedgerQuery q = scope();
        Dimension d = groupBy.get();
        TimeGrain g = grain.get();
        loading.set(true);
        context.tasks().run("Grouping the ledger by " + Fmt.inSentence(d.title()),
                p -> new LedgerExplorer(ws).pivot(q, d, g, MAX_PIVOT_CELLS, p),
                result -> {
                    if (gen == pivotGeneration) {
                        loading.set(false);
                        error.set("");
                        pivot.set(result);
                    }
                },
                e -> {
                    if (gen == pivotGeneration) {
                        loading.set(false);
                        fail(e);
                    }
                });
    }

    private void reloadRows() {
        Workspace ws = context.workspace();
        if (ws == null) {
            return;
        }
        int gen = ++rowsGeneration;
        LedgerQuery q = rowsQuery();
        List<Sort> order = sort.get();
        context.tasks().runQuietly(p -> new LedgerExplorer(ws).cursor(q, order, p), opened -> {
            if (gen != rowsGeneration) {
                opened.close();
                return;
            }
            RowCursor previous = cursor;
            cursor = opened;
            rowCount.set(opened.size());
            rows.reset(opened.size(), opened::page);
            if (previous != null) {
                previous.close();
            }
            inspectSummary(rowsTitle());
        }, this::fail);
    }

    private void inspectSummary(String text) {
        Workspace ws = context.workspace();
        int gen = ++inspectGeneration;
        LedgerQuery q = rowsQuery();
        context.tasks().runQuietly(p -> new LedgerExplorer(ws).provenance(q, 20), prov -> {
            if (gen == inspectGeneration) {
                inspection.set(new Inspection.Summary(text, prov));
            }
        }, this::fail);
    }

    /** Shows the rows behind a pivot cell. */
    public void drillInto(Pivot.Cell cell) {
        Pivot p = pivot.get();
        if (p == null) {
            return;
        }
        drill.set(new Drill(p.dimension().title() + " " + cell.key() + " \u00b7 " + p.grain().label(cell.periodStart()),
                p.drillDown(cell)));
    }

    /**
     * Shows the rows behind a bar of the chart: {@code key} in the period starting {@code periodStart}; for the folded
     * "Other" series (key null) the period's rows of every folded key.
     */
    public void drillIntoBar(String key, LocalDate periodStart, java.util.Set<String> otherKeys) {
        Pivot p = pivot.get();
        if (p == null) {
            return;
        }
        String period = p.grain().label(periodStart);
        LedgerFilter range = new LedgerFilter.DateRange(periodStart, p.grain().end(periodStart));
        if (key != null) {
            drill.set(new Drill(p.dimension().title() + " " + key + " \u00b7 " + period, p.drillDown(key, periodStart)));
        } else {
            // "Other": the period only; the folded keys are many, so the label says which dimension
            drill.set(new Drill(period + " (other " + Fmt.inSentence(p.dimension().title()) + " values: "
                    + otherKeys.size() + ")", List.of(range, new LedgerFilter.OneOf(p.dimension().column(), List.copyOf(otherKeys)))));
        }
    }

    /** Shows the rows that fail {@code check} within the current scope (the data-quality tab's "Show rows"). */
    public void showFailing(QualityCheck check) {
        drill.set(new Drill("Rows failing \u201c" + check.title() + "\u201d", List.of(new LedgerFilter.FailsCheck(check))));
    }

    public void clearDrill() {
        drill.set(null);
    }

    public void addFilter(LedgerFilter f) {
        if (!filters.contains(f)) {
            filters.add(f);
        }
    }

    public void removeFilter(LedgerFilter f) {
        filters.remove(f);
    }

    /** Applies a request from another screen: exactly its filters, no drill-down. */
    public void apply(LedgerRequest request) {
        muted = true;
        try {
            filters.setAll(request.filters());
            drill.set(null);
        } finally {
            muted = false;
        }
        origin.set(request.origin());
        reload();
    }

    /** The user selected rows in the rows table: the inspector shows them (or the whole view when none). */
    public void selectRows(List<LedgerRow> selected) {
        List<LedgerRow> some = selected.stream().filter(java.util.Objects::nonNull).limit(MAX_INSPECTED_ROWS).toList();
        if (some.isEmpty()) {
            inspectSummary(rowsTitle());
            return;
        }
        Workspace ws = context.workspace();
        int gen = ++inspectGeneration;
        List<Long> ids = new ArrayList<>(some.stream().map(LedgerRow::batchId).toList());
        int total = selected.size();
        context.tasks().runQuietly(p -> new LedgerExplorer(ws).batches(ids), batches -> {
            if (gen == inspectGeneration) {
                inspection.set(new Inspection.Rows(some, batches, total));
            }
        }, this::fail);
    }

    /** Writes the current rows (filters + drill-down, in the table's order) to {@code file} as CSV. */
    public void exportRows(Path file) {
        Workspace ws = context.workspace();
        if (ws == null) {
            return;
        }
        LedgerQuery q = rowsQuery();
        List<Sort> order = sort.get();
        context.tasks().run("Exporting " + Fmt.rows(rowCount.get()),
                p -> new LedgerExplorer(ws).exportCsv(q, order, file, p),
                n -> context.notify(Notice.success("Exported " + Fmt.rows(n), file.toString())),
                e -> context.notify(Notice.error("Could not export the rows", e)));
    }

    /** Value suggestions for a filter on a text column. */
    public List<String> suggestions(dev.greenops.model.ledger.explore.LedgerColumn column, String text) {
        Workspace ws = context.workspace();
        if (ws == null || !column.isText()) {
            return List.of();
        }
        try {
            return new LedgerExplorer(ws).values(column, text, 50);
        } catch (Exception e) {
            return List.of();
        }
    }

    private void fail(Throwable e) {
        error.set(Errors.summary(e));
    }

}
