package org.unionworks.education.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.unionworks.education.application.TrainingViews.CourseForm;
import org.unionworks.education.application.TrainingViews.CourseView;
import org.unionworks.education.application.TrainingViews.PlanForm;
import org.unionworks.education.application.TrainingViews.PlanView;
import org.unionworks.education.application.TrainingViews.ProviderForm;
import org.unionworks.education.application.TrainingViews.ProviderView;

/**
 * Continuing-education providers and the courses union bodies commission from them (issue 4, item 5). Providers
 * are shared reference data; courses belong to their organiser's subtree.
 */
public interface TrainingService {

    ProviderView registerProvider(@NotNull @Valid ProviderForm form);

    /** Every provider, by name. */
    List<ProviderView> providers();

    CourseView addCourse(@NotNull @Valid CourseForm form);

    /** Courses organised in the caller's scope running in the year, latest first, with their attendance counts. */
    List<CourseView> courses(int year);

    CourseView course(long id);

    /** Sets up or changes a body's plan for a year and level; a stale version is a conflict. */
    PlanView savePlan(@NotNull @Valid PlanForm form);

    /** The plans of bodies in the caller's scope for the year, each against what its subtree delivered. */
    List<PlanView> plans(int year);
}
