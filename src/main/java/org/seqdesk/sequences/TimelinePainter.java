package org.seqdesk.sequences;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.seqdesk.common.Messages;
import org.seqdesk.timeline.TrackKind;

/**
 * Draws the visible part of a {@link TimelineLayout}: only segments that meet the viewport are
 * touched, found by binary search, so the cost follows the window, not the sequence. Its words,
 * ruler, label column and lanes grow with the text size of the window ({@link #setFontSize}).
 */
final class TimelinePainter {
    /** Sizes at the default text size. */
    static final double RULER = 24;

    static final double LABELS = 44;
    static final double VIDEO_LANE = 54;
    static final double AUDIO_LANE = 34;
    static final double FONT = 11;
    private static final double MIN_TEXT_WIDTH = 28;
    private static final double MIN_THUMB_WIDTH = 90;

    /** The colours, from the stylesheet. */
    record Palette(
            Paint background,
            Paint laneFill,
            Paint laneAltFill,
            Paint text,
            Paint videoFill,
            Paint audioFill,
            Paint stroke,
            Paint segmentText,
            Paint selection,
            Paint transitionFill,
            Paint mark) {}

    /** What to draw: the layout, view position and lazily known titles and pictures. */
    record Frame(
            TimelineLayout layout,
            double width,
            double height,
            double pixelsPerFrame,
            double scrollX,
            double scrollY,
            TimelineLayout.Ref selected,
            Function<String, String> titles,
            Function<String, Image> thumbnails) {}

    private double scale = 1;
    private Font font = Font.font(FONT);

    /**
     * Scales words and sizes by {@code size} against {@code normal}, the font sizes of the window
     * around and of the default text size; never below the default.
     */
    void setFontSize(double size, double normal) {
        scale = Math.max(1, size / normal);
        font = Font.font(FONT * scale);
    }

    Font font() {
        return font;
    }

    double ruler() {
        return RULER * scale;
    }

    double labels() {
        return LABELS * scale;
    }

    double laneHeight(TimelineLayout.TimelineLane lane) {
        return (lane.kind() == TrackKind.VIDEO ? VIDEO_LANE : AUDIO_LANE) * scale;
    }

    /** Text in the middle, broken into lines that fit: translations run longer than English. */
    private void paintCentred(GraphicsContext g, String text, Frame f) {
        List<String> lines = lines(text, font, Math.max(80, f.width() - 24));
        double lineHeight = font.getSize() * 1.4;
        double y = f.height() / 2 - (lines.size() - 1) * lineHeight / 2;
        for (String line : lines) {
            g.fillText(line, f.width() / 2, y);
            y += lineHeight;
        }
    }

    /** {@code text} in lines no wider than {@code max} in {@code font}, broken at spaces. */
    static List<String> lines(String text, Font font, double max) {
        Text measure = new Text();
        measure.setFont(font);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            measure.setText(longer);
            if (!line.isEmpty() && measure.getLayoutBounds().getWidth() > max) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    double contentHeight(TimelineLayout layout) {
        double h = ruler();
        for (TimelineLayout.TimelineLane lane : layout.lanes()) {
            h += laneHeight(lane);
        }
        return h;
    }

    void paint(GraphicsContext g, Frame f, Palette p) {
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), f.height());
        if (f.layout() == null) {
            g.setFill(p.text());
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            paintCentred(g, Messages.get("sequences.timeline.none"), f);
            return;
        }
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        double y = ruler() - f.scrollY();
        for (int l = 0; l < f.layout().lanes().size(); l++) {
            TimelineLayout.TimelineLane lane = f.layout().lanes().get(l);
            double h = laneHeight(lane);
            if (y + h > ruler() && y < f.height()) {
                g.setFill(l % 2 == 0 ? p.laneFill() : p.laneAltFill());
                g.fillRect(labels(), y, f.width() - labels(), h);
                paintGaps(g, f, p, lane, y, h);
                paintSegments(g, f, p, l, y, h);
                paintTransitions(g, f, p, lane, y, h);
            }
            y += h;
        }
        paintLabels(g, f, p);
        new RulerPainter(font, ruler(), labels()).paint(g, f, p);
    }

    private double x(Frame f, long frame) {
        return labels() + frame * f.pixelsPerFrame() - f.scrollX();
    }

    private void paintSegments(GraphicsContext g, Frame f, Palette p, int l, double y, double h) {
        TimelineLayout.TimelineLane lane = f.layout().lanes().get(l);
        double ppf = f.pixelsPerFrame();
        long from = (long) Math.floor(f.scrollX() / ppf);
        long to = (long) Math.ceil((f.scrollX() + f.width()) / ppf) + 1;
        int end = lane.endStartingBefore(to);
        double drawnTo = Double.NEGATIVE_INFINITY;
        for (int i = lane.firstEndingAfter(from); i < end; i++) {
            double x0 = x(f, lane.start(i));
            double w = Math.max(1, (lane.end(i) - lane.start(i)) * ppf);
            if (x0 + w <= drawnTo && w < 2) {
                continue; // many segments share this pixel column: one is enough
            }
            drawnTo = x0 + w;
            paintSegment(g, f, p, lane, i, x0, y + 2, w, h - 4);
        }
        TimelineLayout.Ref sel = f.selected();
        if (sel != null && sel.lane() == l) {
            double x0 = x(f, lane.start(sel.index()));
            double w = Math.max(3, (lane.end(sel.index()) - lane.start(sel.index())) * ppf);
            g.setStroke(p.selection());
            g.setLineWidth(3);
            g.strokeRect(x0 + 1.5, y + 2.5, w - 3, h - 5);
            g.setLineWidth(1);
        }
    }

    private void paintSegment(
            GraphicsContext g,
            Frame f,
            Palette p,
            TimelineLayout.TimelineLane lane,
            int i,
            double x0,
            double y,
            double w,
            double h) {
        boolean video = lane.kind() == TrackKind.VIDEO;
        g.setFill(video ? p.videoFill() : p.audioFill());
        g.setGlobalAlpha(lane.has(i, TimelineLayout.TimelineLane.DISABLED) ? 0.4 : 1);
        g.fillRect(x0, y, w, h);
        g.setGlobalAlpha(1);
        if (w < 3) {
            return;
        }
        g.setStroke(p.stroke());
        boolean mixed = lane.has(i, TimelineLayout.TimelineLane.MIXED_RATE);
        if (mixed) {
            g.setStroke(p.mark());
            g.setLineDashes(4, 3);
        }
        g.strokeRect(x0 + 0.5, y + 0.5, w - 1, h - 1);
        g.setLineDashes();
        if (lane.has(i, TimelineLayout.TimelineLane.OVERLAP)) {
            stripes(g, p.mark(), x0, y, w, 6);
        }
        double textX = x0 + 4;
        Image thumb =
                video && w >= MIN_THUMB_WIDTH * scale
                        ? f.thumbnails().apply(lane.segment(i).item())
                        : null;
        if (thumb != null && thumb.getHeight() > 0) {
            double th = h - 8;
            double tw = th * thumb.getWidth() / thumb.getHeight();
            g.drawImage(thumb, x0 + 4, y + 4, tw, th);
            textX += tw + 4;
        }
        if (w >= MIN_TEXT_WIDTH * scale) {
            paintText(g, f, p, lane, i, textX, y, x0 + w - textX - 4, h, mixed);
        }
    }

    private void paintText(
            GraphicsContext g,
            Frame f,
            Palette p,
            TimelineLayout.TimelineLane lane,
            int i,
            double x0,
            double y,
            double w,
            double h,
            boolean mixed) {
        if (w < 8) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(x0, y, w, h);
        g.clip();
        g.setFill(p.segmentText());
        g.setTextAlign(TextAlignment.LEFT);
        String title = SegmentText.title(lane.segment(i), f.titles());
        double line = font.getSize() * 0.7;
        boolean two = mixed && h > 30 * scale;
        g.fillText(title, x0, y + h / 2 - (two ? line : 0));
        if (two) {
            g.fillText(Messages.get("sequences.mark.mixedRate.short"), x0, y + h / 2 + line);
        }
        g.restore();
    }

    private static void stripes(
            GraphicsContext g, Paint paint, double x0, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x0, y, w, h);
        g.clip();
        g.setStroke(paint);
        g.setLineWidth(2);
        for (double sx = x0 - h; sx < x0 + w; sx += 6) {
            g.strokeLine(sx, y + h, sx + h, y);
        }
        g.restore();
    }

    private void paintGaps(
            GraphicsContext g,
            Frame f,
            Palette p,
            TimelineLayout.TimelineLane lane,
            double y,
            double h) {
        for (long[] gap : lane.gaps()) {
            double x0 = x(f, gap[0]);
            double x1 = Math.max(x0 + 2, x(f, gap[1]));
            if (x1 < labels() || x0 > f.width()) {
                continue;
            }
            g.save();
            g.beginPath();
            g.rect(x0, y + 2, x1 - x0, h - 4);
            g.clip();
            g.setStroke(p.mark());
            g.setLineWidth(1);
            for (double sx = x0 - h; sx < x1; sx += 7) {
                g.strokeLine(sx, y + h, sx + h, y);
            }
            if (x1 - x0 > 40 * scale) {
                g.setFill(p.text());
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(Messages.get("sequences.mark.gap.short"), (x0 + x1) / 2, y + h / 2);
            }
            g.restore();
        }
    }

    private void paintTransitions(
            GraphicsContext g,
            Frame f,
            Palette p,
            TimelineLayout.TimelineLane lane,
            double y,
            double h) {
        g.setLineCap(StrokeLineCap.ROUND);
        for (long[] t : lane.transitions()) {
            double x0 = x(f, t[0]);
            double x1 = Math.max(x0 + 8, x(f, t[1]));
            if (x1 < labels() || x0 > f.width()) {
                continue;
            }
            double top = y + 6;
            double bottom = y + h - 6;
            g.setFill(p.transitionFill());
            g.fillPolygon(
                    new double[] {x0, x1, x1, x0}, new double[] {top, bottom, top, bottom}, 4);
            g.setStroke(p.stroke());
            g.strokeLine(x0, top, x1, bottom);
            g.strokeLine(x0, bottom, x1, top);
        }
    }

    private void paintLabels(GraphicsContext g, Frame f, Palette p) {
        g.setFill(p.background());
        g.fillRect(0, ruler(), labels(), f.height() - ruler());
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        double y = ruler() - f.scrollY();
        for (TimelineLayout.TimelineLane lane : f.layout().lanes()) {
            double h = laneHeight(lane);
            if (y + h > ruler()) {
                g.fillText(lane.label(), labels() / 2, y + h / 2);
            }
            y += h;
        }
    }
}
