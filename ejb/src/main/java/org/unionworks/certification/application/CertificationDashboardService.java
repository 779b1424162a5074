package org.unionworks.certification.application;

/** The certification dashboard of the caller's scope: aggregates only, no person is named. */
public interface CertificationDashboardService {

    /** The figures as of today (China time). */
    CertificationFigures figures();
}
