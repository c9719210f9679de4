package org.seqdesk.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.seqdesk.sandbox.media.Container;
import org.seqdesk.sandbox.media.MediaInfo;
import org.seqdesk.sandbox.store.ShapeRow;
import org.seqdesk.sandbox.store.StorageRow;
import org.seqdesk.timeline.TimeBase;
import org.seqdesk.timeline.TimeCode;

/** Shapes for media files, from what the probe found in them. */
public final class MediaShapes {
    private MediaShapes() {}

    /**
     * The shape (not yet stored) of {@code info}'s file on {@code storage}, tagged {@code tags}.
     */
    public static ShapeRow of(long itemId, List<String> tags, MediaInfo info, StorageRow storage)
            throws IOException {
        String name = info.file().getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        Container container = Container.forName(ext).orElse(Container.MP4);
        String rate = null;
        String duration;
        Integer width = null;
        Integer height = null;
        if (info.hasVideo()) {
            TimeBase base = TimeBase.ofRate(info.video().rate());
            rate = base.toText();
            duration = TimeCode.of(info.video().frames(), base).toText();
            width = info.video().width();
            height = info.video().height();
        } else if (!info.audio().isEmpty()) {
            MediaInfo.AudioInfo a = info.audio().get(0);
            duration = TimeCode.of(a.samples(), new TimeBase(1, a.sampleRate())).toText();
        } else {
            duration = null;
        }
        return new ShapeRow(
                0,
                itemId,
                tags,
                container.extension(),
                container.mimeType(),
                storage == null ? null : storage.id(),
                info.file().toAbsolutePath().toString(),
                Files.size(info.file()),
                rate,
                duration,
                width,
                height,
                info.audioChannels(),
                Instant.now());
    }
}
