package org.unionworks.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The test identities in one injectable place. */
@ApplicationScoped
public class Identities {

    @EJB
    AsNanchangOfficial nanchangOfficial;

    @EJB
    AsJiujiangOfficial jiujiangOfficial;

    @EJB
    AsSecurityAdmin securityAdmin;

    @EJB
    AsAuditAdmin auditAdmin;

    @EJB
    AsNanchangFinance nanchangFinance;

    @EJB
    AsPasswordChanger passwordChanger;

    @EJB
    AsSecondNanchangOfficial secondNanchangOfficial;

    @EJB
    AsNanchangPersonalData nanchangPersonalData;

    @EJB
    AsSystemAdmin systemAdmin;

    public Identity nanchangOfficial() {
        return nanchangOfficial;
    }

    public Identity jiujiangOfficial() {
        return jiujiangOfficial;
    }

    public Identity securityAdmin() {
        return securityAdmin;
    }

    public Identity auditAdmin() {
        return auditAdmin;
    }

    public Identity nanchangFinance() {
        return nanchangFinance;
    }

    public Identity passwordChanger() {
        return passwordChanger;
    }

    public Identity secondNanchangOfficial() {
        return secondNanchangOfficial;
    }

    public Identity nanchangPersonalData() {
        return nanchangPersonalData;
    }

    public Identity systemAdmin() {
        return systemAdmin;
    }
}
