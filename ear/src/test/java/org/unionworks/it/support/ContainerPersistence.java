package org.unionworks.it.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The application's persistence unit for in-container tests, through the references the test deployment's web
 * fragment declares ({@code org.unionworks.it.Deployments}). Test classes do not carry {@code @PersistenceContext}
 * fields, for the reason the application's CDI beans have none either (see
 * {@code org.unionworks.shared.infrastructure.EntityManagerProducer}): WildFly's Weld processor reckons the
 * persistence units a deployment needs on the EAR rather than on the module, so Weld may ask for the unit's service
 * before the EJB module has installed it ("service jboss.persistenceunit ... not found", now and then). A JNDI
 * reference is a dependency the deployment waits for.
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
