package dev.greenops.views.intensity;

import dev.greenops.views.common.Errors;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.intensity.Coverage;
import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.intensity.HourStats;
import dev.greenops.model.intensity.IntensityFocus;
import dev.greenops.model.intensity.IntensityRepository;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.RegionChoice;
import dev.greenops.model.intensity.TimeWindow;
import dev.greenops.model.intensity.WindowFinder;
import dev.greenops.model.intensity.WindowFinding;
import dev.greenops.model.intensity.WindowQuery;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Fmt;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Intensity screen's state: which regions and day, the threshold, and what follows from them (the day profiles
 * and their dispatch windows, the typical day over the shared date range, the year heatmap, the best start of a job,
 * the imported sources). Series are loaded once per region through {@link IntensityRepository} on the task runner;
 * everything after that is computed in memory, so dragging the threshold is instant. Never touches a Node.
 */
public final class IntensityViewModel {

    private final AppContext context;

    private final ObservableList<RegionChoice> regions = FXCollections.observableArrayList();
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final DoubleProperty threshold = new SimpleDoubleProperty(DayProfile.DEFAULT_THRESHOLD_G_PER_KWH);

    private final ReadOnlyObjectWrapper<List<DayProfile>> profiles = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<WindowRow> windows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, List<HourStats>>> typicalDay = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper typicalRange = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IntensitySeries> focusSeries = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Coverage> sources = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noData = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> nearestDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowsPlaceholder = new ReadOnlyStringWrapper("");

    // window finder
    private final StringProperty jobDuration = new SimpleStringProperty("3h");
    private final ObjectProperty<LocalDateTime> earliestStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDateTime> latestEnd = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TimeWindow> best = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper finderMessage = new ReadOnlyStringWrapper("");

    /** Loaded series per requested region (over all the data the workspace holds for it). */
    private final Map<String, IntensitySeries> loaded = new HashMap<>();
    private boolean recomputing;

    public IntensityViewModel(AppContext context) {
        this.context = context;
        threshold.addListener((o, a, b) -> recompute());
        day.addListener((o, a, b) -> recompute());
        selected.addListener((javafx.collections.ListChangeListener<String>) c -> ensureLoaded());
        context.rangeFromProperty().addListener((o, a, b) -> recompute());
        context.rangeToProperty().addListener((o, a, b) -> recompute());
    }

    // ---- actions --------------------------------------------------------------------------------------------------

    /** Reloads the region list and the sources, forgetting loaded series (after an import or a workspace switch). */
    public void refresh() {
        Workspace ws = context.workspace();
        if (ws == null) {
            return;
        }
        context.tasks().run("Loading intensity regions", progress -> new Object[] {
                    IntensityRepository.regions(ws), IntensityRepository.coverage(ws), IntensityFocus.of(ws)
                }, result -> {
                    @SuppressWarnings("unchecked")
                    List<RegionChoice> r = (List<RegionChoice>) result[0];
                    @SuppressWarnings("unchecked")
                    List<Coverage> c = (List<Coverage>) result[1];
                    @SuppressWarnings("unchecked")
                    Optional<IntensityFocus> focus = (Optional<IntensityFocus>) result[2];
                    loaded.clear();
                    regions.setAll(r);
                    sources.setAll(c);
                    if (selected.isEmpty() || !selected.stream().allMatch(k -> r.stream().anyMatch(x -> x.key().equals(k)))) {
                        open(r, focus);
                    } else {
                        ensureLoaded();
                    }
                }, this::fail);
    }

    /** What the screen shows first: the focus when there is one, else the first region with a series of its own. */
    private void open(List<RegionChoice> r, Optional<IntensityFocus> focus) {
        if (focus.isPresent()) {
            show(List.of(focus.get().region()), openingDay(focus.get()));
            return;
        }
        r.stream().filter(RegionChoice::ownSeries).findFirst().ifPresentOrElse(
                first -> selected.setAll(first.key()),
                () -> message.set(r.isEmpty()
                        ? "This workspace holds no intensity data yet: import a series (Ctrl+I) or load the sample data."
                        : "No hourly intensity imported yet: choose a region to see its annual average (a floor)."));
    }

    /**
     * The day the screen opens on: the last day of the focus period (the ledger's latest day in that region with
     * hourly data, or the series' last whole day), so an analyst sees the most recent day that matters.
     */
    static LocalDate openingDay(IntensityFocus focus) {
        return focus.to();
    }

    /** Opens the nearest day with data (offered when the chosen day has none). */
    public void showNearestDay() {
        if (nearestDay.get() != null) {
            day.set(nearestDay.get());
        }
    }

    /** Adds or removes a region from the overlay. */
    public void toggle(String region) {
        if (selected.contains(region)) {
            if (selected.size() > 1) {
                selected.remove(region);
            }
        } else {
            selected.add(region);
        }
    }

    /** Shows one region and one day (e.g. from a heatmap click, or a screenshot script). */
    public void show(List<String> regionKeys, LocalDate date) {
        day.set(date);
        selected.setAll(regionKeys);
    }

    public void previousDay() {
        if (day.get() != null) {
            day.set(day.get().minusDays(1));
        }
    }

    public void nextDay() {
        if (day.get() != null) {
            day.set(day.get().plusDays(1));
        }
    }

    /** Sets the threshold from text the user typed; returns a problem to show, or empty when accepted. */
    public Optional<String> setThreshold(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(",", ""));
            if (Double.isNaN(v) || v < 0 || v > 5000) {
                return Optional.of("The threshold must be between 0 and 5,000 g/kWh.");
            }
            threshold.set(v);
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("'" + text + "' is not a number of g/kWh.");
        }
    }

    /** Finds the best start of a job of {@link #jobDurationProperty()} between earliest start and latest end. */
    public void findWindow() {
        best.set(null);
        String region = selected.isEmpty() ? null : selected.getFirst();
        IntensitySeries series = region == null ? null : loaded.get(region);
        if (series == null) {
            finderMessage.set("Choose a region with data first.");
            return;
        }
        Duration duration;
        try {
            duration = Durations.parse(jobDuration.get());
        } catch (IllegalArgumentException e) {
            finderMessage.set(e.getMessage());
            return;
        }
        LocalDateTime from = earliestStart.get() != null ? earliestStart.get() : day.get().atStartOfDay();
        LocalDateTime to = latestEnd.get() != null ? latestEnd.get() : day.get().plusDays(1).atStartOfDay();
        try {
            WindowQuery q = new WindowQuery(from.toInstant(ZoneOffset.UTC), to.toInstant(ZoneOffset.UTC), duration);
            WindowFinding f = WindowFinder.find(series, q);
            best.set(f.best());
            String ties = f.optimal().size() > 1 ? " (" + f.optimal().size() + " starts tie; the earliest is shown)" : "";
            finderMessage.set("Best start for a " + Durations.format(duration) + " job in " + region + ": "
                    + Fmt.utc(f.best().start()) + ", average " + Fmt.gPerKwh(f.best().avgGPerKwh()) + ties
                    + ". " + series.source() + " (" + series.describe() + ").");
        } catch (InvalidInputException e) {
            finderMessage.set(sentence(e));
        } catch (IllegalArgumentException e) {
            finderMessage.set(Errors.forScreen(e.getMessage()));
        }
    }

    // ---- loading and computing ------------------------------------------------------------------------------------

    private void ensureLoaded() {
        Workspace ws = context.workspace();
        List<String> missing = selected.stream().filter(r -> !loaded.containsKey(r)).toList();
        if (ws == null || missing.isEmpty()) {
            recompute();
            return;
        }
        LocalDate wanted = day.get();
        context.tasks().run("Loading intensity for " + String.join(", ", missing), progress -> {
            Map<String, IntensitySeries> out = new LinkedHashMap<>();
            int i = 0;
            for (String region : missing) {
                progress.progress(i++, missing.size(), "loading " + region);
                Optional<Instant[]> span = IntensityRepository.span(ws, region);
                Instant from;
                Instant to;
                if (span.isPresent()) {
                    from = span.get()[0];
                    to = span.get()[1];
                } else {
                    LocalDate d = wanted != null ? wanted : LocalDate.now(ZoneOffset.UTC);
                    from = d.withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                    to = d.withDayOfYear(1).plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                out.put(region, IntensityRepository.series(ws, region, from, to));
            }
            return out;
        }, out -> {
            loaded.putAll(out);
            if (day.get() == null || !covers(loaded.get(selected.getFirst()), day.get())) {
                IntensitySeries first = loaded.get(selected.getFirst());
                if (first != null) {
                    LocalDate last = first.end().minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate();
                    day.set(last.minusDays(Math.min(7, Math.max(0, last.toEpochDay() - first.start().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()))));
                }
            }
            recompute();
        }, this::fail);
    }

    private static boolean covers(IntensitySeries s, LocalDate d) {
        if (s == null) {
            return false;
        }
        Instant from = d.atStartOfDay(ZoneOffset.UTC).toInstant();
        return !from.isBefore(s.start()) && from.isBefore(s.end());
    }

    /** Recomputes everything derived from the loaded series (in memory: cheap enough to run on every drag). */
    void recompute() {
        if (recomputing) {
            return;
        }
        recomputing = true;
        try {
            DayView v = DayView.of(List.copyOf(selected), loaded, day.get(), threshold.get(),
                    context.rangeFromProperty().get(), context.rangeToProperty().get());
            noData.set(v.noData());
            nearestDay.set(v.nearestDay());
            windowsPlaceholder.set(v.windowsPlaceholder());
            profiles.set(v.profiles());
            windows.setAll(v.windows());
            // the subtitle first: the typical-day chart is rebuilt when typicalDay changes and reads it
            typicalRange.set(v.typicalRange());
            typicalDay.set(v.typicalDay());
            focusSeries.set(selected.isEmpty() ? null : loaded.get(selected.getFirst()));
            message.set(v.message());
        } finally {
            recomputing = false;
        }
    }

    /** The first problem as a sentence for this screen: what is wrong and what would do, without a file position. */
    private static String sentence(InvalidInputException e) {
        var p = e.problems().getFirst();
        return Errors.forScreen(p.message() + (p.expected().isEmpty() ? "" : "; expected " + p.expected()));
    }

    private void fail(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            message.set(sentence(invalid));
        } else {
            message.set("Could not load intensity: " + error.getMessage());
        }
    }

    /** The gaps of a source, for the Sources tab. */
    public List<Instant[]> gaps(Coverage coverage) {
        try {
            return IntensityRepository.gaps(context.workspace(), coverage, 200);
        } catch (Exception e) {
            message.set("Could not list gaps: " + e.getMessage());
            return List.of();
        }
    }

    /** The loaded series of a region (for hover read-outs, exports and the year tab), if loaded. */
    public Optional<IntensitySeries> series(String region) {
        return Optional.ofNullable(loaded.get(region));
    }

    /** CSV of the profiles on screen: one row per region and time step, with provenance. */
    public String profileCsv() {
        return IntensityCsv.profiles(profiles.get());
    }

    // ---- properties -----------------------------------------------------------------------------------------------

    public ObservableList<RegionChoice> regions() {
        return regions;
    }

    public ObservableList<String> selectedRegions() {
        return selected;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyObjectProperty<List<DayProfile>> profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    public ObservableList<WindowRow> windows() {
        return windows;
    }

    public ReadOnlyObjectProperty<Map<String, List<HourStats>>> typicalDayProperty() {
        return typicalDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typicalRangeProperty() {
        return typicalRange.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IntensitySeries> focusSeriesProperty() {
        return focusSeries.getReadOnlyProperty();
    }

    public ObservableList<Coverage> sources() {
        return sources;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the day profile is empty (no data for the chosen regions on the chosen day), or empty when it is not. */
    public ReadOnlyStringProperty noDataProperty() {
        return noData.getReadOnlyProperty();
    }

    /** The nearest day with data when the chosen day has none, else null. */
    public ReadOnlyObjectProperty<LocalDate> nearestDayProperty() {
        return nearestDay.getReadOnlyProperty();
    }

    /** What the windows table says when it has no rows. */
    public ReadOnlyStringProperty windowsPlaceholderProperty() {
        return windowsPlaceholder.getReadOnlyProperty();
    }

    public StringProperty jobDurationProperty() {
        return jobDuration;
    }

    public ObjectProperty<LocalDateTime> earliestStartProperty() {
        return earliestStart;
    }

    public ObjectProperty<LocalDateTime> latestEndProperty() {
        return latestEnd;
    }

    public ReadOnlyObjectProperty<TimeWindow> bestProperty() {
        return best.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finderMessageProperty() {
        return finderMessage.getReadOnlyProperty();
    }
}
