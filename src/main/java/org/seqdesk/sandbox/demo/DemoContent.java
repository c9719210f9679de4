package org.seqdesk.sandbox.demo;

import org.seqdesk.sandbox.SandboxConfig;
import org.seqdesk.sandbox.Services;

/** Placeholder. */
public final class DemoContent {
    private final Services services;

    public DemoContent(Services services) {
        this.services = services;
    }

    public void create(SandboxConfig.DemoMode mode) {
        services.hashCode();
    }
}
