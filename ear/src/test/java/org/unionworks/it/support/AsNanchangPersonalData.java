package org.unionworks.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.unionworks.security.model.Roles;

/** Test identity: the 南昌 official acting in the personal-data role (demo account {@code official} holds it). */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.PERSONAL_DATA)
@RunAsPrincipal("official")
public class AsNanchangPersonalData implements Identity {

    @Override
    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
