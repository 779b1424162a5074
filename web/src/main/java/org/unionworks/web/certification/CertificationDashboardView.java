package org.unionworks.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.unionworks.certification.application.CertificationDashboardService;
import org.unionworks.certification.application.CertificationFigures;
import org.unionworks.shared.application.Labels;
import org.unionworks.web.shell.ChartJson;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/** The certification part of the dashboard: certified by level, the worklists' lengths, CE compliance. */
@Named
@ViewScoped
public class CertificationDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificationDashboardService dashboard;

    @Inject
    LocaleView locale;

    private CertificationFigures figures;

    @PostConstruct
    void init() {
        figures = dashboard.figures();
    }

    public CertificationFigures getFigures() {
        return figures;
    }

    /** The active by their highest valid certificate, and those without one. */
    public String getLevelChart() {
        ResourceBundle labels = Labels.bundle(locale.getLocale());
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (CertificationFigures.LevelCount level : figures.byLevel()) {
            names.add(labels.getString(level.level().labelKey()));
            counts.add(level.count());
        }
        names.add(Messages.text("dashboard.certification.uncertified"));
        counts.add(Math.max(0, figures.active() - figures.certified()));
        return ChartJson.chart("doughnut", ChartJson.labels(names), Json.createArrayBuilder()
                .add(ChartJson.slices(Messages.text("dashboard.registry.active"), counts, Long::longValue)), true);
    }
}
