/**
 * VidiCore's documents as Jackson records, read and written in both of the server's forms: JSON
 * without a root wrapper, and XML in the namespace {@value
 * org.seqdesk.api.doc.Documents#NAMESPACE}. {@link org.seqdesk.api.doc.Documents} holds the one
 * shared mapper configuration.
 *
 * <p>Every record tolerates what real servers send: repeatable members may be absent, empty, a
 * single value or an array, and become empty lists rather than null; unknown members are ignored.
 */
package org.seqdesk.api.doc;
