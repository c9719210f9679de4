package org.seqdesk.sandbox.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seqdesk.sandbox.Services;
import org.seqdesk.sandbox.media.SequenceRenderer;
import org.seqdesk.sandbox.media.TimedText;
import org.seqdesk.sandbox.store.MetadataValue;
import org.seqdesk.sandbox.store.SiteIds;
import org.seqdesk.timeline.TimeCode;

/**
 * The subtitles a render burns in for {@code subtitleLanguage}: the timed values of the configured
 * subtitle field ({@code stl_text} unless configured otherwise) on the sequence item whose {@code
 * lang} is that language. Overlapping spans fail the render, as they do in VidiCore; no subtitles
 * in the language, or no font to draw them, is a warning and the render goes on without them.
 */
final class RenderSubtitles {
    private final Services services;

    RenderSubtitles(Services services) {
        this.services = services;
    }

    List<TimedText> of(JobContext job, RenderRequest request) {
        String language = request.subtitleLanguage();
        if (language == null || request.sequenceItem() == null) {
            return List.of();
        }
        String field = services.config().options().subtitleField();
        long item = SiteIds.parse(request.sequenceItem()).orElseThrow();
        List<TimedText> texts = new ArrayList<>();
        for (MetadataValue v : services.metadata().values(item)) {
            if (v.field().equals(field)
                    && !v.isGeneric()
                    && v.lang() != null
                    && v.lang().equalsIgnoreCase(language)) {
                texts.add(text(v));
            }
        }
        if (texts.isEmpty()) {
            job.warn(
                    "No "
                            + field
                            + " subtitles in language "
                            + language
                            + " on "
                            + request.sequenceItem()
                            + "; rendered without subtitles");
            return List.of();
        }
        texts.sort(Comparator.comparing(TimedText::start));
        for (int i = 1; i < texts.size(); i++) {
            if (texts.get(i).start().compareTo(texts.get(i - 1).end()) < 0) {
                throw new IllegalStateException(
                        "Subtitles in "
                                + language
                                + " overlap: \""
                                + texts.get(i - 1).text()
                                + "\" and \""
                                + texts.get(i).text()
                                + "\"; subtitles to burn in must not overlap");
            }
        }
        if (!SequenceRenderer.canBurnText()) {
            job.warn("No font found to burn subtitles with; rendered without subtitles");
            return List.of();
        }
        job.putData("subtitleLanguage", language);
        return texts;
    }

    private static TimedText text(MetadataValue v) {
        try {
            return new TimedText(
                    TimeCode.parse(v.start()).seconds(),
                    TimeCode.parse(v.end()).seconds(),
                    v.value());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalStateException(
                    "The subtitle \""
                            + v.value()
                            + "\" has an unusable span "
                            + v.start()
                            + "-"
                            + v.end(),
                    e);
        }
    }
}
