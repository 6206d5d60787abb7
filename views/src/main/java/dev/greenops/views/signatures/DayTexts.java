package dev.greenops.views.signatures;

import dev.greenops.model.trail.DayResult;
import java.util.List;

/** The days as text for Copy (tab-separated) and Export CSV. */
final class DayTexts {

    private DayTexts() {}

    /** The rows as CSV with a header (quotes doubled, fields with commas or quotes quoted). */
    static String csv(List<DayResult> rows) {
        StringBuilder out = new StringBuilder("date,status,signer,issuer,log_index,integrated_time,reason\n");
        for (DayResult d : rows) {
            out.append(d.date()).append(',').append(d.status()).append(',').append(csvField(d.signer())).append(',')
                    .append(csvField(d.issuer())).append(',').append(d.logIndex() == null ? "" : d.logIndex()).append(',')
                    .append(d.integratedTime() == null ? "" : d.integratedTime()).append(',').append(csvField(d.reason()))
                    .append('\n');
        }
        return out.toString();
    }

    /** Tab-separated, for pasting into a spreadsheet. */
    static String tsv(List<DayResult> rows) {
        StringBuilder out = new StringBuilder("date\tstatus\tsigner\tissuer\tlog_index\tintegrated_time\treason\n");
        for (DayResult d : rows) {
            out.append(String.join("\t", d.date().toString(), d.status().name(), tsvField(d.signer()), tsvField(d.issuer()),
                            d.logIndex() == null ? "" : d.logIndex().toString(),
                            d.integratedTime() == null ? "" : d.integratedTime().toString(), tsvField(d.reason())))
                    .append('\n');
        }
        return out.toString();
    }

    private static String tsvField(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String csvField(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
