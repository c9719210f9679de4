package org.seqdesk.sandbox.auth;

/** The VidiCore role names the sandbox checks. */
public final class Roles {
    public static final String SEQUENCE_READ = "_sequence_read";
    public static final String SEQUENCE_WRITE = "_sequence_write";
    public static final String METADATA_READ = "_metadata_read";
    public static final String METADATA_WRITE = "_metadata_write";
    public static final String ITEM_SEARCH = "_item_search";
    public static final String ITEM_READ = "_item_id_read";
    public static final String THUMBNAIL_READ = "_thumbnail_read";
    public static final String EXPORT = "_export";
    public static final String IMPORT = "_import";
    public static final String JOB_READ = "_job_read";
    public static final String JOB_WRITE = "_job_write";
    public static final String STORAGE_READ = "_storage_read";
    public static final String JOB_NOTIFICATION_READ = "_job_notification_read";
    public static final String JOB_NOTIFICATION_WRITE = "_job_notification_write";
    public static final String PLACEHOLDER_NOTIFICATION_READ = "_placeholder_notification_read";
    public static final String PLACEHOLDER_NOTIFICATION_WRITE = "_placeholder_notification_write";

    /**
     * Render and sequence export have no documented role in VidiCore; the sandbox asks for these
     * two and grants them to every user that can write sequences or export.
     */
    public static final String RENDER = "_sequence_render";

    private Roles() {}
}
