package org.unionworks.web.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.unionworks.reporting.application.OrgRosterService;
import org.unionworks.reports.ReportFormat;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/** Downloads the organisation roster filing of the caller's scope. */
@Named
@RequestScoped
public class RosterDownloadView {

    @Inject
    OrgRosterService roster;

    @Inject
    LocaleView locale;

    public StreamedContent getPdf() {
        return content(ReportFormat.PDF);
    }

    public StreamedContent getXlsx() {
        return content(ReportFormat.XLSX);
    }

    private StreamedContent content(ReportFormat format) {
        String fileName = Messages.text("roster.fileName") + "-" + LocalDate.now() + "." + format.fileExtension();
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(format.contentType())
                .writer(out -> roster.render(format, locale.getLocale(), out))
                .build();
    }
}
