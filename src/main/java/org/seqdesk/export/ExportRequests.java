package org.seqdesk.export;

import java.util.ArrayList;
import java.util.List;
import okhttp3.ResponseBody;
import org.seqdesk.api.SequenceApi;
import org.seqdesk.api.doc.ExportRequestDocument;
import org.seqdesk.api.doc.ExportResponseDocument;
import org.seqdesk.api.doc.SequenceDocuments;
import org.seqdesk.timeline.Sequence;
import retrofit2.Call;

/**
 * Turns a target and its settings into the VidiCore calls: the dry run and the export to a URI
 * (both POST, answered with an ExportResponseDocument), and the download: {@code GET
 * /item/{id}/sequence/export} for an item, the {@code multipart/mixed} {@code POST
 * /sequence/export} for a standalone sequence, which has no GET.
 *
 * <p>Shape tag, shape format and content travel as query parameters; path mappings and the
 * standalone sequence in the request document.
 */
final class ExportRequests {
    private final SequenceApi api;

    ExportRequests(SequenceApi api) {
        this.api = api;
    }

    Call<ExportResponseDocument> dryRun(ExportTarget target, ExportSettings s) {
        return post(target, s, null, true);
    }

    Call<ExportResponseDocument> toUri(ExportTarget target, ExportSettings s) {
        return post(target, s, s.uri(), false);
    }

    /** The call whose body is the exported data (item) or a multipart answer (standalone). */
    Call<ResponseBody> download(ExportTarget target, ExportSettings s) {
        if (target.isItem()) {
            return api.exportData(
                    target.itemId(),
                    s.type(),
                    blankToNull(s.content()),
                    tags(s),
                    blankToNull(s.shapeFormat()),
                    null,
                    parameters(s.storages()),
                    parameters(s.items()),
                    toSequence(s));
        }
        return api.exportSequenceMultipart(
                document(target, s),
                s.type(),
                blankToNull(s.content()),
                tags(s),
                blankToNull(s.shapeFormat()),
                null,
                toSequence(s));
    }

    /** The stored sequence of an item target, in its own format. */
    Call<ResponseBody> fetch(ExportTarget target) {
        return api.get(target.itemId(), target.format());
    }

    private Call<ExportResponseDocument> post(
            ExportTarget target, ExportSettings s, String uri, boolean dryRun) {
        ExportRequestDocument body = document(target, s);
        Boolean dry = dryRun ? Boolean.TRUE : null;
        String content = blankToNull(s.content());
        String format = blankToNull(s.shapeFormat());
        if (target.isItem()) {
            return api.export(
                    target.itemId(),
                    body,
                    uri,
                    s.type(),
                    content,
                    tags(s),
                    format,
                    dry,
                    toSequence(s));
        }
        return api.exportSequence(
                body, uri, s.type(), content, tags(s), format, dry, toSequence(s));
    }

    private static ExportRequestDocument document(ExportTarget target, ExportSettings s) {
        List<ExportRequestDocument.StorageMapping> storages = new ArrayList<>();
        s.storages()
                .forEach(
                        m ->
                                storages.add(
                                        new ExportRequestDocument.StorageMapping(
                                                m.id(), m.path())));
        List<ExportRequestDocument.ItemMapping> items = new ArrayList<>();
        s.items().forEach(m -> items.add(new ExportRequestDocument.ItemMapping(m.id(), m.path())));
        Sequence sequence = target.sequence();
        return new ExportRequestDocument(
                null,
                null,
                null,
                storages,
                items,
                sequence == null ? null : SequenceDocuments.toDocument(sequence));
    }

    private static List<String> tags(ExportSettings s) {
        return s.tag().isEmpty() ? null : List.of(s.tag());
    }

    private static Boolean toSequence(ExportSettings s) {
        return s.toSequence() ? Boolean.TRUE : null;
    }

    private static List<String> parameters(List<PathMapping> mappings) {
        return mappings.isEmpty() ? null : mappings.stream().map(PathMapping::asParameter).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
