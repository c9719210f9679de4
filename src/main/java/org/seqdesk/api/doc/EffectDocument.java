package org.seqdesk.api.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * VidiCore's EffectType on a sequence segment: a named effect with parameters that are constant
 * ({@code value}) or keyframed ({@code point}s at positions relative to the segment).
 */
public record EffectDocument(
        @JacksonXmlProperty(isAttribute = true) String name,
        @JsonProperty("parameter") List<Parameter> parameters) {

    public EffectDocument {
        parameters = Lists.of(parameters);
    }

    /** One parameter; decimals are kept exactly as written. */
    public record Parameter(
            @JacksonXmlProperty(isAttribute = true) String name,
            @JacksonXmlProperty(isAttribute = true) BigDecimal value,
            @JsonProperty("point") List<Point> points) {

        public Parameter {
            points = Lists.of(points);
        }
    }

    /** A keyframe: the value at a position counted in samples from the segment start. */
    public record Point(
            @JacksonXmlProperty(isAttribute = true) BigDecimal value,
            @JacksonXmlProperty(isAttribute = true) Long position) {}
}
