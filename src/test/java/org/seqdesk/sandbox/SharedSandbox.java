package org.seqdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One sandbox with the minimal demo for the test classes that only need a server: started on first
 * use, stopped when the test JVM ends.
 */
public final class SharedSandbox {
    private static Sandbox sandbox;

    private SharedSandbox() {}

    public static synchronized Sandbox get() {
        if (sandbox == null) {
            try {
                Path dir = Files.createTempDirectory("seqdesk-sandbox-test-");
                sandbox =
                        Sandbox.start(
                                SandboxConfig.defaults(dir)
                                        .withDemo(SandboxConfig.DemoMode.MINIMAL));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Sandbox started = sandbox;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return sandbox;
    }
}
