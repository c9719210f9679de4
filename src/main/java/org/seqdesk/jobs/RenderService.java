package org.seqdesk.jobs;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** What rendering needs from a VidiCore server. Every method blocks; call off the UI thread. */
public interface RenderService {

    /** The server's shape tags with what their presets set. */
    List<ShapeTagOption> shapeTags() throws IOException;

    /**
     * Starts a render: {@code POST /item/{id}/sequence/render} for an item's sequence, {@code POST
     * /sequence/render} for a standalone one. Returns the job as the server created it.
     */
    JobSnapshot render(RenderRequest request, Map<String, String> jobMetadata) throws IOException;

    /** {@code POST /item/{id}/sequence/conform-metadata}. */
    void conformMetadata(String itemId) throws IOException;
}
