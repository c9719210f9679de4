/**
 * The sequence domain with exact time, and the interchange readers and writers. No JavaFX, no HTTP:
 * only the JDK and Jackson.
 */
package org.seqdesk.timeline;
