package org.unionworks.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.unionworks.security.model.Roles;

/** Test identity: an account the tests create for changing its own password (no demo account is touched). */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.UNION_OFFICIAL)
@RunAsPrincipal(AsPasswordChanger.USERNAME)
public class AsPasswordChanger implements Identity {

    public static final String USERNAME = "it.pwchange";

    @Override
    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
