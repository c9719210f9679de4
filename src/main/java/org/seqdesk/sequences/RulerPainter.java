package org.seqdesk.sequences;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.seqdesk.timeline.FrameRate;

/** The timecode ruler: SMPTE labels at the sequence rate, spaced so they never collide. */
final class RulerPainter {
    private static final double MIN_LABEL_SPACING = 110;
    private static final double MIN_TICK_SPACING = 8;
    private static final long[] SECOND_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600};

    private final Font font;

    RulerPainter(Font font) {
        this.font = font;
    }

    /** The label step in frames: whole frames below a second, whole seconds above. */
    static long labelStep(FrameRate rate, double pixelsPerFrame) {
        for (long frames : new long[] {1, 2, 5, 10}) {
            if (frames < rate.nominal() && frames * pixelsPerFrame >= MIN_LABEL_SPACING) {
                return frames;
            }
        }
        for (long seconds : SECOND_STEPS) {
            long frames = seconds * rate.nominal();
            if (frames * pixelsPerFrame >= MIN_LABEL_SPACING) {
                return frames;
            }
        }
        long hour = 3600L * rate.nominal();
        long hours = (long) Math.ceil(MIN_LABEL_SPACING / (hour * pixelsPerFrame));
        return hour * Math.max(1, hours);
    }

    /**
     * Ticks sit on round labels (every step of label counts, so with drop-frame they follow the
     * labels, not the frame count); minor ticks divide the space between two labels.
     */
    void paint(GraphicsContext g, TimelinePainter.Frame f, TimelinePainter.Palette p) {
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), TimelinePainter.RULER);
        g.setStroke(p.text());
        g.setFill(p.text());
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        double ppf = f.pixelsPerFrame();
        FrameRate rate = f.layout().rate();
        FrameRate labels = new FrameRate(rate.fps(), false);
        long origin = f.layout().startFrame();
        long step = labelStep(rate, ppf);
        long firstFrame = (long) Math.floor(f.scrollX() / ppf);
        long lastFrame = (long) Math.ceil((f.scrollX() + f.width()) / ppf);
        long label = Math.floorDiv(labels.parse(rate.format(origin + firstFrame)), step) * step;
        long previous = Long.MIN_VALUE;
        for (; ; label += step) {
            long frame = frameOf(rate, labels, label) - origin;
            if (previous != Long.MIN_VALUE) {
                minorTicks(g, f, previous, frame);
            }
            if (frame > lastFrame) {
                break;
            }
            tick(g, f, frame, 10);
            double x = TimelinePainter.LABELS + frame * ppf - f.scrollX();
            if (x >= TimelinePainter.LABELS) {
                g.fillText(rate.format(origin + frame), x + 3, 8);
            }
            previous = frame;
        }
        g.strokeLine(0, TimelinePainter.RULER - 0.5, f.width(), TimelinePainter.RULER - 0.5);
    }

    /** The frame a label count names; a label that drop-frame skips moves to the next one. */
    private static long frameOf(FrameRate rate, FrameRate labels, long label) {
        String text = labels.format(label);
        try {
            return rate.parse(text);
        } catch (IllegalArgumentException skipped) {
            return rate.parse(labels.format(label - label % rate.nominal() + rate.nominal() / 15));
        }
    }

    private static void tick(GraphicsContext g, TimelinePainter.Frame f, long frame, double h) {
        double x = TimelinePainter.LABELS + frame * f.pixelsPerFrame() - f.scrollX();
        if (x >= TimelinePainter.LABELS) {
            double sx = Math.floor(x) + 0.5;
            g.strokeLine(sx, TimelinePainter.RULER, sx, TimelinePainter.RULER - h);
        }
    }

    private static void minorTicks(GraphicsContext g, TimelinePainter.Frame f, long from, long to) {
        long parts = minorParts(to - from, f.pixelsPerFrame());
        for (long i = 1; i < parts; i++) {
            tick(g, f, from + (to - from) * i / parts, 4);
        }
    }

    private static long minorParts(long span, double ppf) {
        for (long parts : new long[] {10, 5, 2}) {
            if (span >= parts && (double) span / parts * ppf >= MIN_TICK_SPACING) {
                return parts;
            }
        }
        return 1;
    }
}
