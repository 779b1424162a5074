package org.unionworks.it.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The application's persistence unit for in-container tests, through the references the test deployment's web
 * fragment declares ({@code org.unionworks.it.Deployments}). Test classes do not carry {@code @PersistenceContext}
 * fields: every server test deployment holds the whole test package, Weld builds a bean of each class at
 * bootstrap and asked WildFly for the unit's service before the EJB module had installed it, failing the
 * deployment now and then ("service jboss.persistenceunit ... not found"). A JNDI reference is a dependency the
 * deployment waits for.
 */
public final class ContainerPersistence {

    private ContainerPersistence() {
    }

    /** The transaction-scoped entity manager of the unit. */
    public static EntityManager entityManager() {
        return lookup("java:comp/env/unionworks/entityManager", EntityManager.class);
    }

    public static EntityManagerFactory entityManagerFactory() {
        return lookup("java:comp/env/unionworks/entityManagerFactory", EntityManagerFactory.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("the test deployment declares " + name, e);
        }
    }
}
