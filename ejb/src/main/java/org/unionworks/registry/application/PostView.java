package org.unionworks.registry.application;

import java.time.LocalDate;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ServiceField;

public record PostView(long id, long version, long orgUnitId, String orgUnitName, String title,
                       ServiceField serviceField, PostGrade grade, LocalDate establishedOn, LocalDate abolishedOn,
                       Long holderId, String holderName) {

    static PostView of(Post p) {
        var holder = p.getHolder();
        return new PostView(p.getId(), p.getVersion(), p.getOrgUnit().getId(), p.getOrgUnit().getName(), p.getTitle(),
                p.getServiceField(), p.getGrade(), p.getEstablishedOn(), p.getAbolishedOn(),
                holder == null ? null : holder.getId(), holder == null ? null : holder.getFullName());
    }

    public boolean vacant() {
        return holderId == null && abolishedOn == null;
    }
}
