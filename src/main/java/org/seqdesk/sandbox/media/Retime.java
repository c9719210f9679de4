package org.seqdesk.sandbox.media;

import org.seqdesk.timeline.Rational;

/** Filter chains that play a source stretch at another speed, held or backwards. */
final class Retime {
    private Retime() {}

    /**
     * Source frames onto the timeline: as they are, slowed or sped up, one frame held, or the
     * stretch played backwards.
     */
    static String picture(Rational speed, Rational played, Rational sourceRate) {
        if (speed.signum() == 0) {
            return "trim=end_frame=1,setpts=PTS-STARTPTS,";
        }
        Rational factor = Rational.ONE.dividedBy(speed.abs());
        String stretch =
                factor.equals(Rational.ONE)
                        ? ""
                        : "setpts=PTS*" + factor.numerator() + "/" + factor.denominator() + ",";
        if (speed.signum() > 0) {
            return "setpts=PTS-STARTPTS," + stretch;
        }
        long frames = Math.max(1, ceil(played.times(sourceRate)));
        return "setpts=PTS-STARTPTS,trim=end_frame="
                + frames
                + ",reverse,setpts=PTS-STARTPTS,"
                + stretch;
    }

    static long ceil(Rational r) {
        return -r.negate().floor();
    }

    /** Sound at another speed: reversed first if need be, then atempo within its 0.5 to 100. */
    static String sound(Rational speed, Rational played) {
        StringBuilder f = new StringBuilder();
        if (speed.signum() < 0) {
            long samples = ceil(played.times(RenderPlan.SAMPLE_RATE));
            f.append("atrim=end_sample=").append(samples).append(",areverse,asetpts=PTS-STARTPTS,");
        }
        Rational s = speed.abs();
        while (s.compareTo(Rational.of(1, 2)) < 0) {
            f.append("atempo=0.5,");
            s = s.times(2);
        }
        while (s.compareTo(Rational.of(100)) > 0) {
            f.append("atempo=100,");
            s = s.dividedBy(Rational.of(100));
        }
        if (!s.equals(Rational.ONE)) {
            f.append("atempo=").append(FfmpegArgs.decimal(s)).append(',');
        }
        return f.toString();
    }
}
