package org.unionworks.security.application;

import jakarta.validation.constraints.NotNull;

/** What every signed-in person may do with their own account. */
public interface AccountService {

    /** Changes the caller's own password after checking the current one; audited either way. */
    void changeOwnPassword(@NotNull char[] currentPassword, @NotNull char[] newPassword);
}
