package org.unionworks.certification.application;

import java.util.List;
import org.unionworks.certification.application.CertificationViews.AppointmentView;
import org.unionworks.certification.application.CertificationViews.AssessmentView;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.certification.model.TitleLinkage;
import org.unionworks.education.application.LedgerView;

/**
 * Everything about one professional's certification: certificates with registrations, appointments, assessments,
 * the title they are eligible for and how their appointment stands, and the continuing education of the current
 * registration cycle (null while the certificate was never registered).
 */
public record CertificationProfile(long professionalId, String fullName, List<CertificateView> certificates,
                                   List<AppointmentView> appointments, List<AssessmentView> assessments,
                                   CertificateLevel highestLevel, TitleLevel eligibleTitle, TitleLinkage linkage,
                                   LedgerView ledger) {
}
