package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.ContainerPersistence;

/** EclipseLink, not WildFly's default Hibernate, is the live JPA provider. */
@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(PersistenceProviderIT.class);
    }


    @Test
    void theLiveEntityManagerFactoryIsEclipseLinks() {
        EntityManagerFactory emf = ContainerPersistence.entityManagerFactory();
        assertNotNull(emf, "persistence unit injected");
        JpaEntityManagerFactory eclipseLink = emf.unwrap(JpaEntityManagerFactory.class);
        assertTrue(eclipseLink.getClass().getName().startsWith("org.eclipse.persistence."),
                eclipseLink.getClass().getName());
        ServerSession session = eclipseLink.getServerSession();
        assertTrue(session.isConnected(), "EclipseLink session logged in to the datasource");
        // a Hibernate factory cannot be unwrapped to EclipseLink's session: this fails unless EclipseLink is live
        assertTrue(emf.getProperties().containsKey("eclipselink.target-server"),
                "the live unit carries the EclipseLink settings of persistence.xml");
    }

    @Test
    void theContainerManagedEntityManagerDelegatesToEclipseLink() {
        EntityManager em = ContainerPersistence.entityManager();
        Object delegate = em.getDelegate();
        assertTrue(delegate.getClass().getName().startsWith("org.eclipse.persistence."), delegate.getClass().getName());
        // the demo seed went in through this provider, so the mapping works against the migrated schema
        Long units = em.createQuery("SELECT COUNT(o) FROM OrgUnit o", Long.class).getSingleResult();
        assertTrue(units > 0, "org units readable through EclipseLink");
    }
}
