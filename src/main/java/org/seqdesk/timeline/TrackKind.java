package org.seqdesk.timeline;

/** Whether a track carries pictures or sound. */
public enum TrackKind {
    VIDEO,
    AUDIO
}
