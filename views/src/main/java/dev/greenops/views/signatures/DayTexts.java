package dev.greenops.views.signatures;

import dev.greenops.model.trail.DayResult;
import dev.greenops.views.common.Tables;
import java.util.List;

/** The days as CSV for Export CSV: every field of each day, raw (the table shows a shorter form). */
final class DayTexts {

    private DayTexts() {}

    /** The rows as CSV with a header (quotes doubled, fields with commas or quotes quoted). */
    static String csv(List<DayResult> rows) {
        StringBuilder out = new StringBuilder("date,status,signer,issuer,log_index,integrated_time,reason\n");
        for (DayResult d : rows) {
            out.append(d.date()).append(',').append(d.status()).append(',').append(Tables.csvField(d.signer())).append(',')
                    .append(Tables.csvField(d.issuer())).append(',').append(d.logIndex() == null ? "" : d.logIndex()).append(',')
                    .append(d.integratedTime() == null ? "" : d.integratedTime()).append(',').append(Tables.csvField(d.reason()))
                    .append('\n');
        }
        return out.toString();
    }
}
