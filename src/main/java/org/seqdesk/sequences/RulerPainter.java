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
    private final double ruler;
    private final double labelColumn;

    /** Paints in {@code font} a ruler {@code ruler} high right of a label column {@code labels}. */
    RulerPainter(Font font, double ruler, double labels) {
        this.font = font;
        this.ruler = ruler;
        this.labelColumn = labels;
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
        g.fillRect(0, 0, f.width(), ruler);
        g.setStroke(p.text());
        g.setFill(p.text());
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        double ppf = f.pixelsPerFrame();
        FrameRate rate = f.layout().rate();
        FrameRate labels = new FrameRate(rate.fps(), false);
        long origin = f.layout().startFrame();
        // Labels keep apart by their spacing at the default size, grown with the words.
        long step = labelStep(rate, ppf * TimelinePainter.RULER / ruler);
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
            tick(g, f, frame, ruler * 10 / 24);
            double x = labelColumn + frame * ppf - f.scrollX();
            if (x >= labelColumn) {
                g.fillText(rate.format(origin + frame), x + 3, ruler / 3);
            }
            previous = frame;
        }
        g.strokeLine(0, ruler - 0.5, f.width(), ruler - 0.5);
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

    private void tick(GraphicsContext g, TimelinePainter.Frame f, long frame, double h) {
        double x = labelColumn + frame * f.pixelsPerFrame() - f.scrollX();
        if (x >= labelColumn) {
            double sx = Math.floor(x) + 0.5;
            g.strokeLine(sx, ruler, sx, ruler - h);
        }
    }

    private void minorTicks(GraphicsContext g, TimelinePainter.Frame f, long from, long to) {
        long parts = minorParts(to - from, f.pixelsPerFrame());
        for (long i = 1; i < parts; i++) {
            tick(g, f, from + (to - from) * i / parts, ruler / 6);
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
