package org.seqdesk.timeline;

import java.util.List;
import java.util.Locale;

/** Formats the lines of an EDL and notes each time or value the format has to round or drop. */
final class EdlLines {
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    private final StringBuilder out = new StringBuilder();
    private final FrameRate rate;
    private final TimeBase base;
    private final long start;
    private final List<Problem> losses;
    private int effectsDropped;
    private int roundedTimes;
    private int longReels;

    EdlLines(Sequence sequence, List<Problem> losses) {
        this.rate = sequence.rate();
        this.base = rate.timeBase();
        this.losses = losses;
        this.start = sequence.start().isInfinite() ? 0 : frames(sequence.start(), "start");
    }

    void header(Sequence s) {
        out.append("TITLE: ")
                .append(s.title().isBlank() ? "SeqDesk" : oneLine(s.title()))
                .append('\n');
        out.append(rate.dropFrame() ? "FCM: DROP FRAME\n" : "FCM: NON-DROP FRAME\n");
        out.append('\n');
    }

    void event(String number, EdlPlan.Item item) {
        Segment s = item.segment();
        String channels = EdlPlan.channelField(item.video(), item.audio());
        String reel = reel(s.item());
        long recIn = start + frames(s.timelineIn(), reel);
        long recOut = start + frames(s.timelineOut(), reel);
        long srcIn = s.sourceIn() == null ? 0 : frames(s.sourceIn(), reel);
        long srcOut = s.sourceOut() == null ? srcIn + recOut - recIn : frames(s.sourceOut(), reel);
        Transition tr = item.transition();
        if (tr == null) {
            line(number, reel, channels, "C", "", srcIn, srcOut, recIn, recOut);
        } else {
            transition(number, item, channels, srcIn, srcOut, recIn, recOut);
        }
        if (!s.name().isEmpty() && tr == null) {
            out.append("* FROM CLIP NAME: ").append(oneLine(s.name())).append('\n');
        }
        if (!s.source().isEmpty()) {
            out.append("* SOURCE FILE: ").append(oneLine(s.source())).append('\n');
        }
        speed(s, reel, srcIn);
        effects(s);
    }

    private void transition(
            String number,
            EdlPlan.Item item,
            String channels,
            long srcIn,
            long srcOut,
            long recIn,
            long recOut) {
        Segment s = item.segment();
        Transition tr = item.transition();
        Segment from = item.outgoing();
        String fromReel = from == null ? "BL" : reel(from.item());
        long fromSrc =
                from == null || from.sourceOut() == null ? 0 : frames(from.sourceOut(), fromReel);
        line(number, fromReel, channels, "C", "", fromSrc, fromSrc, recIn, recIn);
        long length = frames(tr.out(), "transition") - frames(tr.in(), "transition");
        String type = tr.isWipe() ? String.format(Locale.ROOT, "W%03d", tr.wipe()) : "D";
        line(
                number,
                reel(s.item()),
                channels,
                type,
                String.format(Locale.ROOT, "%03d", length),
                srcIn,
                srcOut,
                recIn,
                recOut);
        String name = tr.name();
        if (!name.isEmpty()
                && !name.equalsIgnoreCase("dissolve")
                && !name.equalsIgnoreCase("wipe")) {
            out.append("EFFECTS NAME IS ").append(oneLine(name)).append('\n');
        }
        if (from != null && !from.name().isEmpty()) {
            out.append("* FROM CLIP NAME: ").append(oneLine(from.name())).append('\n');
        }
        if (!s.name().isEmpty()) {
            out.append("* TO CLIP NAME: ").append(oneLine(s.name())).append('\n');
        }
    }

    private void line(
            String number,
            String reel,
            String channels,
            String type,
            String duration,
            long srcIn,
            long srcOut,
            long recIn,
            long recOut) {
        out.append(number).append("  ").append(pad(reel, 8)).append(' ').append(pad(channels, 5));
        out.append(' ').append(pad(type, 4)).append(' ').append(pad(duration, 3)).append(' ');
        out.append(rate.format(srcIn)).append(' ').append(rate.format(srcOut)).append(' ');
        out.append(rate.format(recIn)).append(' ').append(rate.format(recOut)).append('\n');
    }

    private void speed(Segment s, String reel, long srcIn) {
        if (s.speed().equals(Rational.ONE)) {
            return;
        }
        Rational fps = s.speed().times(rate.nominal());
        long tenths = fps.times(10).round();
        if (!Rational.of(tenths, 10).equals(fps)) {
            losses.add(
                    Problem.warning(
                            reel,
                            "speed " + s.speed() + " rounded to " + tenths / 10.0 + " fps in M2"));
        }
        String value =
                String.format(
                        Locale.ROOT,
                        "%s%03d.%d",
                        tenths < 0 ? "-" : "",
                        Math.abs(tenths) / 10,
                        Math.abs(tenths) % 10);
        out.append("M2   ").append(pad(reel, 8)).append("       ").append(value);
        out.append("                ").append(rate.format(srcIn)).append('\n');
    }

    private void effects(Segment s) {
        for (Effect e : s.effects()) {
            if ((e.name().equals("ASC_SOP") || e.name().equals("ASC_SAT"))
                    && e.parameters().size() == 1) {
                out.append('*').append(e.name()).append(' ');
                out.append(oneLine(e.parameters().get(0).value())).append('\n');
            } else {
                effectsDropped++;
            }
        }
    }

    void marker(Marker m) {
        String color =
                m.color().isEmpty()
                        ? "WHITE"
                        : m.color().toUpperCase(Locale.ROOT).replace(' ', '_');
        out.append("*LOC: ").append(rate.format(start + frames(m.position(), "marker")));
        out.append(' ').append(color).append(' ').append(oneLine(m.name())).append('\n');
        if (m.duration().signum() != 0 || !m.comment().isEmpty()) {
            losses.add(Problem.info("marker " + m.name(), "marker length and comment not kept"));
        }
    }

    void summarise() {
        if (effectsDropped > 0) {
            losses.add(
                    Problem.warning(
                            "", effectsDropped + " effects not written: an EDL cannot hold them"));
        }
        if (roundedTimes > 0) {
            losses.add(
                    Problem.warning(
                            "",
                            roundedTimes + " times rounded to whole frames at " + rate.label()));
        }
        if (longReels > 0) {
            losses.add(
                    Problem.info(
                            "",
                            longReels
                                    + " reel names longer than 8 characters: fixed-column readers"
                                    + " may fail"));
        }
    }

    private long frames(TimeCode t, String where) {
        if (t.isExactIn(base)) {
            return t.exactlyIn(base).samples();
        }
        roundedTimes++;
        return t.roundTo(base).samples();
    }

    private String reel(String item) {
        String reel = item.isBlank() ? "AX" : BLANKS.matcher(item.strip()).replaceAll("_");
        if (reel.length() > 8) {
            longReels++;
        }
        return reel;
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replaceAll("[\\r\\n]+", " ");
    }

    String text() {
        return out.toString();
    }
}
