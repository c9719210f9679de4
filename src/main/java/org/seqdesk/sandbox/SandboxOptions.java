package org.seqdesk.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Behaviour of the sandbox where VidiCore's own is not confirmed (see the contract's [unconfirmed]
 * marks), so that a client can be tested against either reading.
 *
 * @param missingSourceItem what a render does when a segment names an item that does not exist
 * @param remoteNotifications whether job notifications may go to hosts other than loopback
 * @param subtitleField the timed metadata field whose values a render burns in for {@code
 *     subtitleLanguage}
 * @param idleTimeout how long the server keeps an idle connection open; clients keep theirs for
 *     less ({@link #clientKeepAlive})
 */
public record SandboxOptions(
        MissingSourceItem missingSourceItem,
        boolean remoteNotifications,
        String subtitleField,
        Duration idleTimeout) {

    /** The server's default idle timeout, longer than a default client's keep-alive (20 s). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    public SandboxOptions(
            MissingSourceItem missingSourceItem,
            boolean remoteNotifications,
            String subtitleField) {
        this(missingSourceItem, remoteNotifications, subtitleField, DEFAULT_IDLE_TIMEOUT);
    }

    /** What a render does with a segment whose item does not exist. */
    public enum MissingSourceItem {
        /** The job ends {@code FAILED_TOTAL} with an {@code errorMessage} naming the item. */
        FAIL,
        /** The job stays {@code WAITING} with a {@code MISSING_ITEM} problem until it exists. */
        WAIT
    }

    public SandboxOptions {
        Objects.requireNonNull(missingSourceItem, "missingSourceItem");
        subtitleField =
                subtitleField == null || subtitleField.isBlank() ? "stl_text" : subtitleField;
        idleTimeout =
                idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()
                        ? DEFAULT_IDLE_TIMEOUT
                        : idleTimeout;
    }

    /** How long a client should keep idle connections to this server: half its idle timeout. */
    public Duration clientKeepAlive() {
        return idleTimeout.dividedBy(2);
    }

    /** Renders fail on missing items, notifications only to loopback, subtitles in stl_text. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(MissingSourceItem.FAIL, false, "stl_text");
    }

    public SandboxOptions withMissingSourceItem(MissingSourceItem m) {
        return new SandboxOptions(m, remoteNotifications, subtitleField, idleTimeout);
    }

    public SandboxOptions withRemoteNotifications(boolean allowed) {
        return new SandboxOptions(missingSourceItem, allowed, subtitleField, idleTimeout);
    }

    public SandboxOptions withSubtitleField(String field) {
        return new SandboxOptions(missingSourceItem, remoteNotifications, field, idleTimeout);
    }

    public SandboxOptions withIdleTimeout(Duration timeout) {
        return new SandboxOptions(missingSourceItem, remoteNotifications, subtitleField, timeout);
    }
}
