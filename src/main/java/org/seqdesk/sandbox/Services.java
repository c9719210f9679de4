package org.seqdesk.sandbox;

import java.nio.file.Path;
import org.seqdesk.sandbox.auth.Authenticator;
import org.seqdesk.sandbox.auth.TokenStore;
import org.seqdesk.sandbox.http.RequestLog;
import org.seqdesk.sandbox.jobs.JobEngine;
import org.seqdesk.sandbox.jobs.JobStore;
import org.seqdesk.sandbox.notify.NotificationSender;
import org.seqdesk.sandbox.notify.NotificationStore;
import org.seqdesk.sandbox.store.Database;
import org.seqdesk.sandbox.store.ItemStore;
import org.seqdesk.sandbox.store.MetadataStore;
import org.seqdesk.sandbox.store.SequenceStore;
import org.seqdesk.sandbox.store.ShapeStore;

/**
 * Everything a route or a job needs, wired once by {@link Sandbox}.
 *
 * @param mediaDir where shapes of generated and rendered media live (the demo storage)
 */
public record Services(
        SandboxConfig config,
        Database db,
        ItemStore items,
        MetadataStore metadata,
        ShapeStore shapes,
        SequenceStore sequences,
        JobStore jobStore,
        JobEngine jobs,
        Authenticator auth,
        TokenStore tokens,
        Path mediaDir,
        RequestLog requests,
        NotificationStore notifications,
        NotificationSender notificationSender) {}
