package org.seqdesk.sandbox.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.seqdesk.sandbox.media.RenderPlan.AudioPiece;
import org.seqdesk.sandbox.media.RenderPlan.Pan;
import org.seqdesk.sandbox.media.RenderPlan.VideoPiece;
import org.seqdesk.sandbox.media.RenderTrack.Dissolve;
import org.seqdesk.timeline.Rational;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lays an edit out as a {@link RenderPlan}: flattens the video tracks, fills the gaps. */
final class RenderPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(RenderPlanner.class);

    private RenderPlanner() {}

    static RenderPlan plan(RenderEdit edit) {
        Rational fps = edit.rate().fps();
        long frames = edit.frames();
        List<VideoPiece> video = applyDissolves(edit, flattenVideo(edit, frames));
        RenderPlan skeleton = new RenderPlan(fps, 0, frames, video, List.of());
        long samples = skeleton.sampleOf(frames);
        List<List<AudioPiece>> audio = new ArrayList<>();
        List<RenderTrack> tracks = edit.audioTracks();
        for (int i = 0; i < tracks.size(); i++) {
            Pan pan = tracks.size() == 1 ? Pan.CENTER : i % 2 == 0 ? Pan.LEFT : Pan.RIGHT;
            audio.add(applyCrossFades(tracks.get(i), audioLine(tracks.get(i), pan, samples)));
        }
        return new RenderPlan(fps, 0, frames, video, audio);
    }

    /** The clip of the highest track at each frame, as pieces with black between. */
    private static List<VideoPiece> flattenVideo(RenderEdit edit, long frames) {
        TreeSet<Long> bounds = new TreeSet<>(List.of(0L, frames));
        List<List<Placed>> tracks = new ArrayList<>();
        for (RenderTrack t : edit.videoTracks()) {
            List<Placed> placed = new ArrayList<>();
            for (RenderClip c : t.clips()) {
                long a = edit.frameOf(c.timelineIn());
                long b = Math.min(edit.frameOf(c.timelineOut()), frames);
                if (a < b) {
                    placed.add(new Placed(c, a, b));
                    bounds.add(a);
                    bounds.add(b);
                }
            }
            placed.sort(Comparator.comparingLong(Placed::from));
            tracks.add(placed);
        }
        List<VideoPiece> pieces = new ArrayList<>();
        Placed shown = null;
        long shownFrom = 0;
        for (long bound : bounds) {
            Placed top = bound < frames ? topmost(tracks, bound) : null;
            if (bound == 0) {
                shown = top;
                continue;
            }
            if (top != shown || bound == frames) {
                pieces.add(piece(shown, shownFrom, bound, edit.rate().fps()));
                shown = top;
                shownFrom = bound;
            }
        }
        return pieces;
    }

    private static Placed topmost(List<List<Placed>> tracks, long frame) {
        for (int t = tracks.size() - 1; t >= 0; t--) {
            List<Placed> clips = tracks.get(t);
            int lo = 0;
            int hi = clips.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Placed p = clips.get(mid);
                if (p.to() <= frame) {
                    lo = mid + 1;
                } else if (p.from() > frame) {
                    hi = mid - 1;
                } else {
                    return p;
                }
            }
        }
        return null;
    }

    /** Frames [a, b) of a placed clip, or black when there is none. */
    private static VideoPiece piece(Placed p, long a, long b, Rational fps) {
        if (p == null) {
            return new VideoPiece(null, a, b, Rational.ZERO, Rational.ONE, 0, 0);
        }
        RenderClip c = p.clip();
        Rational start =
                RenderPlan.sourceStart(
                        c.sourceIn().seconds(),
                        c.speed(),
                        p.from(),
                        p.to(),
                        a,
                        b,
                        Rational.ONE.dividedBy(fps));
        return new VideoPiece(c.source(), a, b, start, c.speed(), 0, 0);
    }

    /**
     * Gives the pieces on either side of each dissolved cut their handles. A dissolve whose clips
     * are too short for it, or whose cut is hidden by a higher track, stays a cut.
     */
    private static List<VideoPiece> applyDissolves(RenderEdit edit, List<VideoPiece> pieces) {
        List<VideoPiece> result = new ArrayList<>(pieces);
        for (RenderTrack t : edit.videoTracks()) {
            for (Dissolve d : t.dissolves()) {
                long in = edit.frameOf(d.in());
                long out = edit.frameOf(d.out());
                int next = pieceStartingWithin(result, in, out);
                if (next <= 0 || result.get(next - 1).isGap() || result.get(next).isGap()) {
                    LOG.debug(
                            "dissolve {}..{} has no visible cut between clips; cut instead",
                            in,
                            out);
                    continue;
                }
                VideoPiece before = result.get(next - 1);
                VideoPiece after = result.get(next);
                if (!before.speed().equals(Rational.ONE) || !after.speed().equals(Rational.ONE)) {
                    // TODO(#5): dissolves next to speed changes render as cuts
                    continue;
                }
                long cut = after.from();
                long lead =
                        Math.min(cut - in, after.sourceStart().times(edit.rate().fps()).floor());
                long tail = (out - in) - lead;
                if (before.length() < lead + 1 || after.length() < tail + 1) {
                    LOG.debug("dissolve {}..{} is longer than its clips; cut instead", in, out);
                    continue;
                }
                result.set(next - 1, before.withHandles(before.lead(), tail));
                result.set(next, after.withHandles(lead, after.tail()));
            }
        }
        return result;
    }

    private static int pieceStartingWithin(List<VideoPiece> pieces, long in, long out) {
        for (int i = 1; i < pieces.size(); i++) {
            long from = pieces.get(i).from();
            if (from >= in && from <= out) {
                return i;
            }
        }
        return -1;
    }

    private static List<AudioPiece> audioLine(RenderTrack track, Pan pan, long samples) {
        List<RenderClip> clips = new ArrayList<>(track.clips());
        clips.sort(Comparator.comparing(RenderClip::timelineIn));
        List<AudioPiece> line = new ArrayList<>();
        long at = 0;
        for (RenderClip c : clips) {
            long a = Math.max(toSamples(c.timelineIn().seconds()), at);
            long b = Math.min(toSamples(c.timelineOut().seconds()), samples);
            if (a >= b) {
                continue;
            }
            if (a > at) {
                line.add(silence(at, a, pan));
            }
            Rational start =
                    RenderPlan.sourceStart(
                            c.sourceIn().seconds(),
                            c.speed(),
                            toSamples(c.timelineIn().seconds()),
                            toSamples(c.timelineOut().seconds()),
                            a,
                            b,
                            Rational.of(1, RenderPlan.SAMPLE_RATE));
            line.add(new AudioPiece(c.source(), a, b, start, c.speed(), c.channel(), pan, 0, 0));
            at = b;
        }
        if (at < samples) {
            line.add(silence(at, samples, pan));
        }
        return line;
    }

    /**
     * Gives the pieces on either side of each cross-faded cut of an audio track their handles, as
     * {@link #applyDissolves} does for pictures.
     */
    private static List<AudioPiece> applyCrossFades(RenderTrack track, List<AudioPiece> line) {
        List<AudioPiece> result = new ArrayList<>(line);
        for (Dissolve d : track.dissolves()) {
            long in = toSamples(d.in().seconds());
            long out = toSamples(d.out().seconds());
            int next = audioPieceStartingWithin(result, in, out);
            if (next <= 0) {
                continue;
            }
            AudioPiece before = result.get(next - 1);
            AudioPiece after = result.get(next);
            boolean plain =
                    before.speed().equals(Rational.ONE) && after.speed().equals(Rational.ONE);
            if (before.isGap() || after.isGap() || !plain) {
                continue;
            }
            long cut = after.from();
            long available = after.sourceStart().times(RenderPlan.SAMPLE_RATE).floor();
            long lead = Math.min(cut - in, available);
            long tail = (out - in) - lead;
            if (before.length() < lead + 1 || after.length() < tail + 1) {
                continue;
            }
            result.set(next - 1, before.withHandles(before.lead(), tail));
            result.set(next, after.withHandles(lead, after.tail()));
        }
        return result;
    }

    private static int audioPieceStartingWithin(List<AudioPiece> line, long in, long out) {
        for (int i = 1; i < line.size(); i++) {
            long from = line.get(i).from();
            if (from >= in && from <= out) {
                return i;
            }
        }
        return -1;
    }

    private static AudioPiece silence(long from, long to, Pan pan) {
        return new AudioPiece(null, from, to, Rational.ZERO, Rational.ONE, 0, pan, 0, 0);
    }

    private static long toSamples(Rational seconds) {
        return seconds.times(RenderPlan.SAMPLE_RATE).round();
    }

    private record Placed(RenderClip clip, long from, long to) {}
}
