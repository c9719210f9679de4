package org.seqdesk.sandbox.demo;

import org.seqdesk.sandbox.media.DemoClip;
import org.seqdesk.timeline.FrameRate;

/** One demo item: its title, description and the clip generated for it. */
record DemoItem(String title, String description, String keywords, DemoClip clip) {
    FrameRate rate() {
        return clip.rate();
    }
}
