package org.unionworks.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.unionworks.security.model.Roles;

/** Test identity: a second union official of 南昌市总工会 (demo account {@code official2}), for concurrent edits. */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.UNION_OFFICIAL)
@RunAsPrincipal("official2")
public class AsSecondNanchangOfficial implements Identity {

    @Override
    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
