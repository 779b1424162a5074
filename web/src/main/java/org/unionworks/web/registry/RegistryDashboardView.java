package org.unionworks.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.unionworks.registry.application.RegistryDashboardService;
import org.unionworks.registry.application.WorkforceFigures;
import org.unionworks.shared.application.Labels;
import org.unionworks.web.shell.ChartJson;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/**
 * The registry dashboard: the figures of the caller's scope and three Chart.js charts ({@link ChartJson}).
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
        return ChartJson.chart("bar", ChartJson.labels(regions.stream().map(WorkforceFigures.Region::name).toList()),
                Json.createArrayBuilder()
                        .add(ChartJson.dataset(Messages.text("dashboard.registry.atHubs"), regions,
                                r -> r.staffing().atHubs(), ACTIVE_COLOUR))
                        .add(ChartJson.dataset(Messages.text("dashboard.registry.target"), regions,
                                r -> r.staffing().target(), TARGET_COLOUR)), true);
    }

    public String getServiceFieldChart() {
        return sliceChart("bar", figures.byServiceField(), false);
    }

    public String getEmploymentModeChart() {
        return sliceChart("doughnut", figures.byEmploymentMode(), true);
    }

    private String sliceChart(String type, List<WorkforceFigures.Slice> slices, boolean legend) {
        ResourceBundle bundle = Labels.bundle(locale.getLocale());
        return ChartJson.chart(type, ChartJson.labels(slices.stream().map(s -> bundle.getString(s.labelKey())).toList()),
                Json.createArrayBuilder().add(ChartJson.slices(Messages.text("dashboard.registry.active"), slices,
                        WorkforceFigures.Slice::count)), legend);
    }
}
