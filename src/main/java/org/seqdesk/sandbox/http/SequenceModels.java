package org.seqdesk.sandbox.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.SequenceDocument;
import org.seqdesk.sandbox.Services;
import org.seqdesk.timeline.Problem;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.Segment;
import org.seqdesk.timeline.Sequence;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.Track;
import org.seqdesk.timeline.VidispineFormat;

/**
 * Sequences between their stored forms and the timeline model: parsing and validating uploads,
 * loading an item's sequence from whichever format it holds.
 */
final class SequenceModels {
    private final Services services;

    SequenceModels(Services services) {
        this.services = services;
    }

    /** A parsed upload: the model and what to store. */
    record Parsed(Sequence sequence, byte[] stored, String contentType) {}

    /**
     * Parses an upload in {@code format}. {@code vidispine} is validated (every segment needs
     * {@code item} and {@code sourceTrack}) and stored normalised as XML; known NLE formats must
     * parse and are stored as sent; anything else is stored opaquely.
     */
    static Optional<Parsed> parseUpload(String format, byte[] body, String contentType) {
        Optional<SequenceFormat> known = SequenceFormat.byId(format);
        if (known.isEmpty() || known.get() == SequenceFormat.AAF) {
            return Optional.empty();
        }
        if (known.get() == SequenceFormat.VIDISPINE) {
            Sequence s = readVidispine(body, "sequence");
            return Optional.of(
                    new Parsed(s, VidispineFormat.writeXml(s).content(), "application/xml"));
        }
        ReadResult r = SequenceFormats.reader(known.get()).read(body, format);
        if (r.sequence().isEmpty()) {
            throw ApiException.invalidInput("sequence", firstError(r.problems(), format), null);
        }
        String type =
                contentType == null || contentType.isBlank()
                        ? known.get().mediaType()
                        : contentType;
        return Optional.of(new Parsed(r.sequence().get(), body, type));
    }

    /** Reads a SequenceDocument (XML or JSON); a 400 when unusable or a segment is incomplete. */
    static Sequence readVidispine(byte[] body, String context) {
        ReadResult r = VidispineFormat.read(body, context);
        for (Problem p : r.problems()) {
            String m = p.message();
            if (m.contains("has no item") || m.contains("has no sourceTrack")) {
                throw ApiException.invalidInput(
                        context, "Segment at " + p.location() + ": " + m, null);
            }
        }
        boolean errors =
                r.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        if (r.sequence().isEmpty() || errors) {
            throw ApiException.invalidInput(
                    context, firstError(r.problems(), "SequenceDocument"), null);
        }
        if (r.sequence().get().tracks().isEmpty()) {
            throw ApiException.invalidInput(
                    context, "A SequenceDocument needs at least one track", null);
        }
        return r.sequence().get();
    }

    /** The sequence of an API SequenceDocument, validated as an upload is. */
    static Sequence fromDocument(SequenceDocument doc, String context) {
        for (SequenceDocument.Track t : doc.tracks()) {
            for (SequenceDocument.Segment s : t.segments()) {
                if (s.item() == null || s.item().isBlank() || s.sourceTrack() == null) {
                    throw ApiException.invalidInput(
                            context, "Every segment needs an item and a sourceTrack", null);
                }
            }
        }
        try {
            return readVidispine(Documents.xml().writeValueAsBytes(doc), context);
        } catch (IOException e) {
            throw ApiException.invalidInput(context, "The sequence could not be read", null);
        }
    }

    private static String firstError(List<Problem> problems, String what) {
        return problems.stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .findFirst()
                .map(p -> "Not a readable " + what + ": " + p.message())
                .orElse("Not a readable " + what);
    }

    /** The item's sequence as a model, from whichever stored format can be read. */
    Optional<Sequence> load(long itemId) {
        return services.sequences().model(itemId);
    }

    /** Every distinct source item of the sequence, in order of first use. */
    static List<String> sourceItems(Sequence s) {
        return s.tracks().stream()
                .map(Track::segments)
                .flatMap(List::stream)
                .map(Segment::item)
                .filter(i -> !i.isEmpty())
                .distinct()
                .toList();
    }
}
