package org.seqdesk.timeline;

import java.util.List;

/**
 * A named effect on a segment with its parameters, as VidiCore's EffectType holds it.
 *
 * @param parameters name and value pairs; values are kept as the file wrote them
 */
public record Effect(String name, List<Parameter> parameters) {
    public Effect {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** One effect parameter; {@code value} as written (VidiCore uses decimals here). */
    public record Parameter(String name, String value) {}
}
