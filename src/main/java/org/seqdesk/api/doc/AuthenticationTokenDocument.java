package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** A session token for {@code Authorization: token …}, and the user it belongs to. */
@JacksonXmlRootElement(localName = "AuthenticationTokenDocument")
@JsonPropertyOrder({"token", "user"})
public record AuthenticationTokenDocument(String token, String user) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "AuthenticationTokenDocument[user=" + user + ", token=<redacted>]";
    }
}
