package org.unionworks.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.unionworks.it.support.Identities;

/**
 * Test deployments are the EAR this build produced, not a hand-assembled subset: what is
 * tested is what ships. In-container tests add their own package (test class plus the
 * run-as identities of {@code org.unionworks.it.support}) to the portal WAR.
 */
public final class Deployments {

    static final String WAR = "unionworks-web.war";

    private Deployments() {
    }

    /** The EAR as built, for tests that drive it over HTTP. */
    public static EnterpriseArchive asBuilt() {
        String path = System.getProperty("unionworks.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("unionworks.ear system property must point at the built EAR: " + path);
        }
        return ShrinkWrap.create(ZipImporter.class, "unionworks.ear").importFrom(new File(path))
                .as(EnterpriseArchive.class);
    }

    /** The EAR with {@code testClass}'s package (in-container tests only) and the support package added to its WAR. */
    public static EnterpriseArchive withTestsOf(Class<?> testClass) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackage(testClass.getPackage());
        war.addPackage(Identities.class.getPackage());
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml"));
        Testable.archiveToTest(war);
        return ear;
    }

    /**
     * Arquillian's test runner servlet must answer without a login; the exact-path constraint
     * outranks the portal's protected {@code /*} (servlet spec: the best URL match wins). The
     * persistence references are what {@code ContainerPersistence} looks up.
     */
    private static final String RUNNER_ACCESS = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="true">
                <name>arquillianRunnerAccess</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
                <persistence-context-ref>
                    <persistence-context-ref-name>unionworks/entityManager</persistence-context-ref-name>
                    <persistence-unit-name>unionworks</persistence-unit-name>
                </persistence-context-ref>
                <persistence-unit-ref>
                    <persistence-unit-ref-name>unionworks/entityManagerFactory</persistence-unit-ref-name>
                    <persistence-unit-name>unionworks</persistence-unit-name>
                </persistence-unit-ref>
            </web-fragment>
            """;
}
