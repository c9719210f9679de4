package org.seqdesk.api.doc;

/** VidiCore's KeyValuePairType, used for job data, settings and problem parameters. */
public record KeyValue(String key, String value) {}
