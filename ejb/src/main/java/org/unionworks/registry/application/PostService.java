package org.unionworks.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Social work posts of the caller's subtree. */
public interface PostService {

    Page<PostView> list(@NotNull PostFilter filter, @NotNull PageRequest page);

    long count(@NotNull PostFilter filter);

    /** One post, or {@link org.unionworks.shared.model.NotFoundException} if absent or outside scope. */
    PostView get(long id);

    PostView create(@NotNull @Valid PostForm form);

    PostView update(@NotNull @Valid PostForm form);

    PostView abolish(long id, long version, @NotNull LocalDate on);

    /** Posts of one organisation a professional can be posted to. */
    List<PostView> vacantPosts(long orgUnitId);
}
