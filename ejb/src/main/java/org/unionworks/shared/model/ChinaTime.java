package org.unionworks.shared.model;

import java.time.ZoneId;

/** The time zone in which dates of this system are meant (birth dates, validity ends, "changed since" dates). */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
