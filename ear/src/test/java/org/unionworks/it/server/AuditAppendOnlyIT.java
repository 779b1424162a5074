package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.ContainerPersistence;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.application.AuthenticationService;
import org.unionworks.security.application.LoginChannel;
import org.unionworks.security.model.AuditEvent;
import org.unionworks.security.model.AuditRepository;

/**
 * Audit rows cannot be changed through the application: the entity has no mutators, every
 * column is insert-only in the mapping, and no service offers update or delete.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAppendOnlyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(AuditAppendOnlyIT.class);
    }

    @Resource
    UserTransaction tx;

    @Inject
    AuthenticationService authentication;

    @Test
    void changingALoadedAuditRowDoesNotReachTheDatabase() throws Exception {
        EntityManager em = ContainerPersistence.entityManager();
        String ghost = "audit." + UUID.randomUUID().toString().substring(0, 8);
        authentication.authenticate(ghost, "irrelevant-Password1".toCharArray(), LoginChannel.PORTAL);

        tx.begin();
        AuditEvent row = em.createQuery("SELECT a FROM AuditEvent a ORDER BY a.id DESC", AuditEvent.class)
                .setMaxResults(1).getSingleResult();
        String originalActor = row.getActor();
        long id = row.getId();
        String original = row.getDetail();
        tx.commit();

        // the most an application could do: change a detached copy and merge it back
        Field detail = AuditEvent.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(row, "tampered");
        Field actor = AuditEvent.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(row, "someone-else");
        tx.begin();
        AuditEvent merged = em.merge(row);
        assertEquals("tampered", merged.getDetail(), "the change reached the persistence context");
        tx.commit();

        em.clear();
        tx.begin();
        AuditEvent reread = em.find(AuditEvent.class, id);
        tx.commit();
        assertEquals(original, reread.getDetail());
        assertEquals(originalActor, reread.getActor());
        assertNotEquals("tampered", reread.getDetail());
    }

    @Test
    void neitherTheEntityNorAnyServiceOffersAWayToChangeHistory() {
        assertTrue(Arrays.stream(AuditEvent.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.startsWith("_persistence_")) // added by EclipseLink's weaver, internal
                .allMatch(name -> name.startsWith("get")), "AuditEvent exposes getters only");
        for (Class<?> api : new Class<?>[] {AuditRepository.class, AuditSearchService.class}) {
            assertTrue(Arrays.stream(api.getMethods()).map(Method::getName).noneMatch(
                    n -> n.startsWith("update") || n.startsWith("delete") || n.startsWith("remove")
                            || n.startsWith("edit") || n.startsWith("save")), api.getSimpleName());
        }
    }
}
