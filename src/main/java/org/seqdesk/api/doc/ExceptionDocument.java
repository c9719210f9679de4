package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VidiCore's error document: one member says what went wrong. Servers of the 4.17 generation send
 * all members with the unused ones null; {@link #explanation} picks the first that is not.
 */
@JacksonXmlRootElement(localName = "ExceptionDocument")
@JsonPropertyOrder({
    "notFound",
    "invalidInput",
    "conflict",
    "forbidden",
    "notAuthorized",
    "internalServer",
    "notYetImplemented",
    "licenseFault",
    "fileAlreadyExists"
})
public record ExceptionDocument(
        Detail notFound,
        Detail invalidInput,
        Detail conflict,
        Detail forbidden,
        Detail notAuthorized,
        Detail internalServer,
        Detail notYetImplemented,
        Detail licenseFault,
        Detail fileAlreadyExists) {

    private static final String[] KINDS = {
        "notFound",
        "invalidInput",
        "conflict",
        "forbidden",
        "notAuthorized",
        "internalServer",
        "notYetImplemented",
        "licenseFault",
        "fileAlreadyExists"
    };

    public static ExceptionDocument notFound(String type, String id) {
        return new ExceptionDocument(
                Detail.of(type, id, null, null), null, null, null, null, null, null, null, null);
    }

    public static ExceptionDocument invalidInput(String context, String explanation) {
        return new ExceptionDocument(
                null,
                Detail.of(null, null, context, explanation),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A document with one member set, by its name ({@code notFound}, {@code invalidInput}, {@code
     * conflict}, {@code forbidden}, {@code notAuthorized}, {@code internalServer}, {@code
     * notYetImplemented}, {@code licenseFault}, {@code fileAlreadyExists}).
     *
     * @throws IllegalArgumentException for another name
     */
    public static ExceptionDocument of(String kind, Detail detail) {
        Detail[] d = new Detail[9];
        int i = java.util.Arrays.asList(KINDS).indexOf(kind);
        if (i < 0) {
            throw new IllegalArgumentException("no such error kind: " + kind);
        }
        d[i] = detail;
        return new ExceptionDocument(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]);
    }

    /** The name of the first non-null member, e.g. {@code notFound}. */
    public Optional<String> kind() {
        return first().map(m -> m.name);
    }

    /**
     * The server's explanation in one line, from the first non-null member, e.g. {@code notFound:
     * Item VX-1000000}.
     */
    public Optional<String> explanation() {
        return first().map(m -> m.name + describe(m.detail));
    }

    private Optional<Member> first() {
        Detail[] details = {
            notFound,
            invalidInput,
            conflict,
            forbidden,
            notAuthorized,
            internalServer,
            notYetImplemented,
            licenseFault,
            fileAlreadyExists
        };
        for (int i = 0; i < KINDS.length; i++) {
            if (details[i] != null) {
                return Optional.of(new Member(KINDS[i], details[i]));
            }
        }
        return Optional.empty();
    }

    private static String describe(Detail d) {
        List<String> parts = new ArrayList<>();
        for (String part :
                new String[] {
                    d.type(),
                    d.id(),
                    d.context(),
                    d.explanation(),
                    d.value(),
                    d.message(),
                    d.storageId(),
                    d.fileId(),
                    d.path()
                }) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? "" : ": " + String.join(" ", parts);
    }

    private record Member(String name, Detail detail) {}

    /** The members of any error kind; each kind uses a few of them. */
    @JsonPropertyOrder({
        "type",
        "id",
        "context",
        "explanation",
        "value",
        "message",
        "storageId",
        "fileId",
        "path"
    })
    public record Detail(
            String type,
            String id,
            String context,
            String explanation,
            String value,
            String message,
            String storageId,
            String fileId,
            String path) {

        public static Detail of(String type, String id, String context, String explanation) {
            return new Detail(type, id, context, explanation, null, null, null, null, null);
        }

        public static Detail ofMessage(String message) {
            return new Detail(null, null, null, null, null, message, null, null, null);
        }
    }
}
