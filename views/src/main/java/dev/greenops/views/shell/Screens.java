package dev.greenops.views.shell;

import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Screen;

/** Builds the screen of each area. An area's issue replaces its {@link NotBuiltView} line here. */
public final class Screens {

    private Screens() {}

    public static Screen create(Area area, AppContext context) {
        return switch (area) {
            case OVERVIEW -> new dev.greenops.views.overview.OverviewView(context);
            case LEDGER -> new dev.greenops.views.ledger.LedgerView(context);
            case INTENSITY -> new dev.greenops.views.intensity.IntensityView(context);
            case SCHEDULER -> new dev.greenops.views.scheduler.SchedulerView(context, dev.greenops.model.schedule.ScheduleSources::workspace);
            case TRADEOFFS -> new NotBuiltView(area,
                    "Region × GPU trade-off simulations with a shadow carbon price and the Pareto front."
                            + " This area arrives with its own issue.");
            case SIGNATURES -> new dev.greenops.views.signatures.SignaturesView(context);
            case DISCLOSURES -> new NotBuiltView(area,
                    "The monthly emissions disclosure, the CSRD-aligned CSV export and the evidence-pack readiness check."
                            + " This area arrives with its own issue.");
        };
    }
}
