package org.seqdesk.api.doc;

import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;

/**
 * Puts every element in VidiCore's namespace without an annotation on each property; attributes and
 * text content stay unqualified, as in the server's schema.
 */
final class NamespacedXmlIntrospector extends JacksonXmlAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    NamespacedXmlIntrospector() {
        super(false);
    }

    @Override
    public String findNamespace(MapperConfig<?> config, Annotated annotated) {
        String declared = super.findNamespace(config, annotated);
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        if (Boolean.TRUE.equals(isOutputAsAttribute(config, annotated))
                || Boolean.TRUE.equals(isOutputAsText(config, annotated))) {
            return null;
        }
        return Documents.NAMESPACE;
    }
}
