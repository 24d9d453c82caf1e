package dev.oms.platform.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a production instance may be started with despite the risk ({@link DevelopmentKeyCheck}). */
@ConfigMapping(prefix = "oms.security")
public interface SecuritySettings {

    /** Trust the public development key of dev/jwt outside the dev and test profiles: for local runs only. */
    @WithDefault("false")
    boolean developmentKeyAllowed();
}
