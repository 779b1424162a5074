package org.unionworks.shared.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place CDI beans get the persistence context from: {@code @Inject EntityManager}.
 *
 * <p>Why an EJB and not {@code @PersistenceContext} on the CDI beans themselves: WildFly resolves a CDI
 * bean's {@code @PersistenceContext} while Weld starts, by looking the persistence unit's service up,
 * but for an EAR it does not make Weld's start wait for a persistence unit that lives in a
 * sub-deployment (this EJB jar). Most deployments win that race; about one in a hundred did not and
 * failed with "service jboss.persistenceunit ... not found". An EJB's own injection is resolved by the
 * EJB container, whose component start does wait for the unit, and the produced value is the
 * container's transaction-scoped proxy, which is safe to share between threads and transactions.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class EntityManagerProducer {

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Produces
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EntityManager entityManager() {
        return em;
    }
}
