package org.unionworks.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.unionworks.security.model.Roles;

/** Test identity: system administrator of 江西省总工会 (demo account {@code sysadmin}). */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.SYSTEM_ADMIN)
@RunAsPrincipal("sysadmin")
public class AsSystemAdmin implements Identity {

    @Override
    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
