package org.seqdesk.connection;

import java.io.IOException;
import java.nio.file.Path;
import org.seqdesk.api.ClientConfig;

/** Turns a profile, its secret and its trust store into a {@link ClientConfig}. */
public final class ProfileConfigs {
    private ProfileConfigs() {}

    /**
     * The client configuration of a server profile (not the sandbox, whose URL is known only once
     * it runs).
     *
     * @throws IllegalArgumentException when the profile's URL is not an http(s) URL
     */
    public static ClientConfig build(ServerProfile profile, String secret, Path trustDir)
            throws IOException {
        ClientConfig.Builder b =
                ClientConfig.builder(profile.url())
                        .runAs(profile.runAs())
                        .readOnly(profile.readOnly());
        if (profile.authKind() == ServerProfile.AuthKind.TOKEN) {
            b.token(secret);
        } else {
            b.basicAuth(profile.user(), secret);
        }
        if (profile.url().regionMatches(true, 0, "https:", 0, 6)) {
            TrustStore.Tls tls = TrustStore.forProfile(trustDir, profile).tls();
            b.tls(tls.socketFactory(), tls.trustManager());
        }
        return b.build();
    }
}
