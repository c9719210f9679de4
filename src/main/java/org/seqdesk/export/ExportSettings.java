package org.seqdesk.export;

import java.util.List;
import java.util.Properties;

/**
 * Every parameter of an export, as the dialog holds it. Blank strings mean "leave the parameter
 * out" so the server's default applies.
 *
 * @param type the output format ({@code finalcut}, {@code finalcut-x}, {@code aaf}, {@code
 *     vidispine}, or any other name the server knows)
 * @param tag shape tag(s) the clips reference, CSV
 * @param shapeFormat shape container format(s) the clips reference, CSV
 * @param content content kinds, CSV; {@code *} for everything
 * @param storages storage id to client path
 * @param items item id to explicit media path
 * @param destination where the result goes
 * @param file the local file, for {@link Destination#FILE}
 * @param uri the URI the server writes to, for {@link Destination#URI}
 * @param dryRunFirst check with a dry run before exporting
 */
public record ExportSettings(
        String type,
        String tag,
        String shapeFormat,
        String content,
        boolean toSequence,
        List<PathMapping> storages,
        List<PathMapping> items,
        Destination destination,
        String file,
        String uri,
        boolean dryRunFirst) {

    /** Where the exported document goes. */
    public enum Destination {
        /** Downloaded into a file on this computer. */
        FILE,
        /** Written by the server to a URI it can reach. */
        URI
    }

    public ExportSettings {
        type = blankIfNull(type);
        tag = blankIfNull(tag);
        shapeFormat = blankIfNull(shapeFormat);
        content = blankIfNull(content);
        storages = storages == null ? List.of() : List.copyOf(storages);
        items = items == null ? List.of() : List.copyOf(items);
        destination = destination == null ? Destination.FILE : destination;
        file = blankIfNull(file);
        uri = blankIfNull(uri);
    }

    /** FCP 7 XML, every content kind, a local file, dry run first. */
    public static ExportSettings defaults() {
        return new ExportSettings(
                "finalcut", "", "", "*", false, List.of(), List.of(), null, "", "", true);
    }

    /** The settings stored under {@code prefix}; missing keys take the defaults. */
    public static ExportSettings fromProperties(Properties p, String prefix) {
        ExportSettings d = defaults();
        return new ExportSettings(
                p.getProperty(prefix + "type", d.type()),
                p.getProperty(prefix + "tag", d.tag()),
                p.getProperty(prefix + "shapeFormat", d.shapeFormat()),
                p.getProperty(prefix + "content", d.content()),
                Boolean.parseBoolean(p.getProperty(prefix + "toSequence", "false")),
                lenientMappings(p.getProperty(prefix + "storages")),
                lenientMappings(p.getProperty(prefix + "items")),
                destination(p.getProperty(prefix + "destination")),
                p.getProperty(prefix + "file", ""),
                p.getProperty(prefix + "uri", ""),
                Boolean.parseBoolean(p.getProperty(prefix + "dryRunFirst", "true")));
    }

    /** Writes these settings into {@code p} under {@code prefix}. */
    public void toProperties(Properties p, String prefix) {
        p.setProperty(prefix + "type", type);
        p.setProperty(prefix + "tag", tag);
        p.setProperty(prefix + "shapeFormat", shapeFormat);
        p.setProperty(prefix + "content", content);
        p.setProperty(prefix + "toSequence", Boolean.toString(toSequence));
        p.setProperty(prefix + "storages", PathMapping.toLines(storages));
        p.setProperty(prefix + "items", PathMapping.toLines(items));
        p.setProperty(prefix + "destination", destination.name());
        p.setProperty(prefix + "file", file);
        p.setProperty(prefix + "uri", uri);
        p.setProperty(prefix + "dryRunFirst", Boolean.toString(dryRunFirst));
    }

    /** The same settings with another local file. */
    public ExportSettings withFile(String newFile) {
        return new ExportSettings(
                type,
                tag,
                shapeFormat,
                content,
                toSequence,
                storages,
                items,
                destination,
                newFile,
                uri,
                dryRunFirst);
    }

    private static List<PathMapping> lenientMappings(String lines) {
        try {
            return PathMapping.parseLines(lines);
        } catch (IllegalArgumentException e) {
            return List.of(); // a hand-edited file: drop what cannot be read
        }
    }

    private static Destination destination(String name) {
        return "URI".equals(name) ? Destination.URI : Destination.FILE;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }
}
