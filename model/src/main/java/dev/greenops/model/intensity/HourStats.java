package dev.greenops.model.intensity;

/**
 * The distribution of intensity in one hour of the day over a range of days (the "typical day").
 *
 * @param hour 0..23, in the time zone the profile was computed in
 * @param count points that fell in this hour
 */
public record HourStats(int hour, double medianGPerKwh, double q1GPerKwh, double q3GPerKwh, double minGPerKwh,
        double maxGPerKwh, int count) {

    public HourStats {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour 0..23, was " + hour);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count >= 0");
        }
    }
}
