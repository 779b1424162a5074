package org.unionworks.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToLongFunction;
import org.unionworks.registry.application.RegistryDashboardService;
import org.unionworks.registry.application.WorkforceFigures;
import org.unionworks.shared.application.Labels;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/**
 * The registry dashboard: the figures of the caller's scope and three Chart.js charts (PrimeFaces {@code p:chart}
 * takes the chart's configuration as JSON, written here with JSON-P so labels are escaped properly).
 */
@Named
@ViewScoped
public class RegistryDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ACTIVE_COLOUR = "#2f6fb0";
    private static final String TARGET_COLOUR = "#c9d6e6";

    @Inject
    transient RegistryDashboardService dashboard;

    @Inject
    LocaleView locale;

    private WorkforceFigures figures;

    @PostConstruct
    void init() {
        figures = dashboard.figures();
    }

    public WorkforceFigures getFigures() {
        return figures;
    }

    /** People at grassroots hubs against the staffing norm, per region. */
    public String getRegionChart() {
        List<WorkforceFigures.Region> regions = figures.regions();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        regions.forEach(r -> labels.add(r.name()));
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(dataset(Messages.text("dashboard.registry.atHubs"), regions,
                                r -> r.staffing().atHubs(), ACTIVE_COLOUR))
                        .add(dataset(Messages.text("dashboard.registry.target"), regions,
                                r -> r.staffing().target(), TARGET_COLOUR)));
        return chart("bar", data, true);
    }

    public String getServiceFieldChart() {
        return sliceChart("bar", figures.byServiceField(), false);
    }

    public String getEmploymentModeChart() {
        return sliceChart("doughnut", figures.byEmploymentMode(), true);
    }

    private String sliceChart(String type, List<WorkforceFigures.Slice> slices, boolean legend) {
        ResourceBundle bundle = Labels.bundle(locale.getLocale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        slices.forEach(s -> labels.add(bundle.getString(s.labelKey())));
        JsonArrayBuilder colours = Json.createArrayBuilder();
        String[] palette = {"#2f6fb0", "#e07b39", "#3a9d5d", "#b8463c", "#7d5ba6", "#8c6d46", "#d4a72c", "#8a8f98"};
        for (int i = 0; i < slices.size(); i++) {
            colours.add(palette[i % palette.length]);
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", Messages.text("dashboard.registry.active"))
                .add("data", counts(slices, WorkforceFigures.Slice::count))
                .add("backgroundColor", colours);
        return chart(type, Json.createObjectBuilder().add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset)), legend);
    }

    private static <T> JsonObjectBuilder dataset(String label, List<T> rows, ToLongFunction<T> value, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", counts(rows, value))
                .add("backgroundColor", colour);
    }

    private static <T> JsonArrayBuilder counts(List<T> rows, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        return data;
    }

    private static String chart(String type, JsonObjectBuilder data, boolean legend) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", data)
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend))))
                .build().toString();
    }
}
