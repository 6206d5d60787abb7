package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.DataQuality;
import dev.greenops.model.ledger.explore.LedgerQuery;
import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Errors;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data-quality tab: every check's failing count over the explorer's scope, and the rows whose emissions do not
 * recompute (both figures side by side).
 */
public final class QualityViewModel {

    /** Mismatching rows listed (the count says how many there are in all; "Show rows" opens every one). */
    public static final int MAX_LISTED = 500;

    private final AppContext context;
    private final Supplier<LedgerQuery> scope;
    private final ObservableList<DataQuality.CheckResult> checks = FXCollections.observableArrayList();
    private final ObservableList<LedgerRow> mismatches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int generation;

    public QualityViewModel(AppContext context, Supplier<LedgerQuery> scope) {
        this.context = context;
        this.scope = scope;
    }

    public ObservableList<DataQuality.CheckResult> checks() {
        return checks;
    }

    public ObservableList<LedgerRow> mismatches() {
        return mismatches;
    }

    /** One sentence: how many checks fail, over how many rows. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
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
        LedgerQuery q = scope.get();
        record Result(List<DataQuality.CheckResult> checks, List<LedgerRow> mismatches) {}
        context.tasks().run("Checking data quality", p -> {
            DataQuality dq = new DataQuality(ws);
            return new Result(dq.run(q, p), dq.mismatches(q, MAX_LISTED));
        }, r -> {
            if (gen != generation) {
                return;
            }
            error.set("");
            mismatches.setAll(r.mismatches());
            checks.setAll(r.checks());
            summary.set(summarise(r.checks()));
        }, e -> {
            if (gen == generation) {
                error.set(Errors.summary(e));
            }
        });
    }

    static String summarise(List<DataQuality.CheckResult> results) {
        if (results.isEmpty()) {
            return "";
        }
        long rows = results.getFirst().rows();
        long errors = results.stream()
                .filter(r -> !r.passes() && r.check().severity() == QualityCheck.Severity.ERROR)
                .count();
        long warnings = results.stream()
                .filter(r -> !r.passes() && r.check().severity() == QualityCheck.Severity.WARNING)
                .count();
        if (errors == 0 && warnings == 0) {
            return "All error and warning checks pass over " + dev.greenops.views.common.Fmt.rows(rows) + ".";
        }
        return errors + (errors == 1 ? " error check" : " error checks") + " and " + warnings
                + (warnings == 1 ? " warning check" : " warning checks") + " fail over "
                + dev.greenops.views.common.Fmt.rows(rows) + ".";
    }

    /** The recompute check's result, if loaded. */
    public long mismatchCount() {
        return checks.stream()
                .filter(c -> c.check() == QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE)
                .mapToLong(DataQuality.CheckResult::failing)
                .findFirst()
                .orElse(0);
    }
}
