package dev.greenops.views.ledger;

import dev.greenops.model.query.QueryHistory;
import dev.greenops.model.query.QueryResult;
import dev.greenops.model.query.QueryService;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Errors;
import dev.greenops.views.common.Fmt;
import java.io.IOException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The read-only SQL console: the editor's text, the history (newest first, kept between sessions), the last result
 * and the reason a query was refused or failed. The same {@link QueryService} as {@code greenops query}.
 */
public final class SqlConsoleViewModel {

    /** Rows kept for the result table; the status line says when there were more. */
    public static final int MAX_ROWS = 10_000;

    public static final String EXAMPLE = """
            -- read-only: writes, ATTACH, COPY and file access are refused
            select team, cast(date_trunc('month', date) as date) as month,
                   round(sum(emissions_kgco2e), 1) as kg_co2e,
                   round(sum(energy_kwh), 1) as kwh
            from ledger
            group by all
            order by month, kg_co2e desc""";

    private final AppContext context;
    private final QueryHistory history;
    private final StringProperty text = new SimpleStringProperty(EXAMPLE);
    private final ObservableList<String> historyItems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private int historyCursor = -1;

    public SqlConsoleViewModel(AppContext context, QueryHistory history) {
        this.context = context;
        this.history = history;
        historyItems.setAll(history.entries());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<String> history() {
        return historyItems;
    }

    public ReadOnlyObjectProperty<QueryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "42 rows in 12 ms", or how many were kept of more. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last query was refused or failed; empty when it ran. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void run() {
        Workspace ws = context.workspace();
        String sql = text.get();
        if (ws == null || sql == null || sql.isBlank() || running.get()) {
            return;
        }
        running.set(true);
        historyCursor = -1;
        remember(sql);
        context.tasks().run("Running query", p -> QueryService.run(ws, sql, MAX_ROWS, p), r -> {
            running.set(false);
            error.set("");
            result.set(r);
            String count = Fmt.rows(r.rows().size());
            status.set(r.truncated()
                    ? "First " + count + " shown (there are more; narrow the query or export with greenops query --format csv)"
                            + " \u00b7 " + r.elapsedMillis() + " ms"
                    : count + " in " + r.elapsedMillis() + " ms");
        }, e -> {
            running.set(false);
            error.set(Errors.summary(e));
            result.set(null);
            status.set("");
        });
    }

    private void remember(String sql) {
        try {
            history.add(sql);
        } catch (IOException e) {
            // the history is a convenience: losing an entry is not worth interrupting the query
            System.getLogger(SqlConsoleViewModel.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot save SQL history: " + e.getMessage());
        }
        historyItems.setAll(history.entries());
    }

    /** Steps back (older) through the history into the editor; returns false at the oldest entry. */
    public boolean previous() {
        if (historyCursor + 1 >= historyItems.size()) {
            return false;
        }
        historyCursor++;
        text.set(historyItems.get(historyCursor));
        return true;
    }

    /** Steps forward (newer) through the history; returns false at the newest entry. */
    public boolean next() {
        if (historyCursor <= 0) {
            return false;
        }
        historyCursor--;
        text.set(historyItems.get(historyCursor));
        return true;
    }
}
