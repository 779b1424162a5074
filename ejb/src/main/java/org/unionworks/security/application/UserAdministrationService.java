package org.unionworks.security.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Accounts, their org units and roles: the security administrator's work. Every change is audited. */
public interface UserAdministrationService {

    Page<UserView> list(String text, PageRequest page);

    long count(String text);

    UserView get(long userId);

    UserView create(@NotNull @Valid NewUserCommand command);

    UserView update(@NotNull @Valid UpdateUserCommand command);

    void resetPassword(long userId, @NotNull char[] newPassword);

    void unlock(long userId);
}
