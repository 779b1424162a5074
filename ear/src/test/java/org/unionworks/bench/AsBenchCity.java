package org.unionworks.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.unionworks.it.support.Identity;
import org.unionworks.security.model.Roles;

/** Benchmark identity: union official of the largest city of that province (account {@code bench.city}). */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.UNION_OFFICIAL)
@RunAsPrincipal("bench.city")
public class AsBenchCity implements Identity {

    @Override
    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
