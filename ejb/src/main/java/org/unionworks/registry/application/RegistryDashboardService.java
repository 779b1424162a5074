package org.unionworks.registry.application;

/** The registry dashboard of the caller's scope. */
public interface RegistryDashboardService {

    WorkforceFigures figures();
}
