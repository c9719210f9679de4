package org.seqdesk.api.doc;

/**
 * Job type names SeqDesk cares about. Job types are open-ended on the server ({@code GET
 * /jobtype}), so documents keep them as strings.
 */
public final class JobTypes {
    /** A sequence render, from either render endpoint. */
    public static final String CONFORM = "CONFORM";

    public static final String TIMELINE = "TIMELINE";
    public static final String TRANSCODE = "TRANSCODE";
    public static final String EXPORT = "EXPORT";
    public static final String IMPORT = "IMPORT";
    public static final String PLACEHOLDER_IMPORT = "PLACEHOLDER_IMPORT";
    public static final String THUMBNAIL = "THUMBNAIL";

    private JobTypes() {}
}
