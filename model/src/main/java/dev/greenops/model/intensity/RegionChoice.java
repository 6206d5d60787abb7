package dev.greenops.model.intensity;

/**
 * A region or zone the Intensity screen can show.
 *
 * @param key the region key (cloud region or grid zone)
 * @param zone the grid zone a cloud region draws from, or null
 * @param hasSeries whether hourly (or finer) data exists under this key or its zone
 * @param ownSeries whether such data exists under this very key (not only through its zone)
 * @param annualGPerKwh the annual average (a floor where no series exists), or NaN
 * @param annualSource where the annual average comes from, or null
 * @param sample whether the key's own series is sample data (its source is labelled SAMPLE)
 */
public record RegionChoice(String key, String zone, boolean hasSeries, boolean ownSeries, double annualGPerKwh,
        String annualSource, boolean sample) {

    /** A region whose own series, if any, is not sample data. */
    public RegionChoice(String key, String zone, boolean hasSeries, boolean ownSeries, double annualGPerKwh,
            String annualSource) {
        this(key, zone, hasSeries, ownSeries, annualGPerKwh, annualSource, false);
    }

    /**
     * The name on a chip: the key alone when it has a series of its own (that series is what is drawn, even when
     * its grid zone has one too), {@code key → zone} when it draws on its zone's series; sample data says SAMPLE.
     */
    public String label() {
        String name = ownSeries || zone == null || zone.equals(key) ? key : key + " → " + zone;
        return sample && ownSeries ? name + " · SAMPLE" : name;
    }
}
