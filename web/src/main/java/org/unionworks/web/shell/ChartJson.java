package org.unionworks.web.shell;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Chart.js configurations for PrimeFaces {@code p:chart}, which takes the configuration as JSON: written with JSON-P
 * so that labels (unit names) are escaped properly, never concatenated.
 */
public final class ChartJson {

    /** Colours of slices and bars in order; more slices than colours repeat them. */
    public static final List<String> PALETTE = List.of("#2f6fb0", "#e07b39", "#3a9d5d", "#b8463c", "#7d5ba6",
            "#8c6d46", "#d4a72c", "#8a8f98");

    private ChartJson() {
    }

    /** A dataset of one colour, a value per row. */
    public static <T> JsonObjectBuilder dataset(String label, List<T> rows, ToLongFunction<T> value, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", counts(rows, value))
                .add("backgroundColor", colour);
    }

    /** A dataset with a colour of the palette per row (slices of a doughnut, bars of one series). */
    public static <T> JsonObjectBuilder slices(String label, List<T> rows, ToLongFunction<T> value) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < rows.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        return Json.createObjectBuilder().add("label", label).add("data", counts(rows, value))
                .add("backgroundColor", colours);
    }

    public static JsonArrayBuilder labels(List<String> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array;
    }

    /** The whole configuration: a responsive chart of the given type, with or without its legend. */
    public static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend))))
                .build().toString();
    }

    private static <T> JsonArrayBuilder counts(List<T> rows, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        return data;
    }
}
