package org.seqdesk.export;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.common.Messages;

/**
 * The editable export parameters as properties the dialog binds to, with the choices the server
 * offers. Converts to and from {@link ExportSettings}.
 */
public final class ExportForm {
    /** VidiCore's reserved names and the sandbox's extras; any other text is sent as typed. */
    public static final List<String> TYPES =
            List.of("finalcut", "finalcut-x", "aaf", "vidispine", "edl", "otio");

    private final StringProperty type = new SimpleStringProperty("finalcut");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty shapeFormat = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("*");
    private final BooleanProperty toSequence = new SimpleBooleanProperty();
    private final StringProperty storages = new SimpleStringProperty("");
    private final StringProperty items = new SimpleStringProperty("");
    private final ObjectProperty<ExportSettings.Destination> destination =
            new SimpleObjectProperty<>(ExportSettings.Destination.FILE);
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty uri = new SimpleStringProperty("");
    private final BooleanProperty dryRunFirst = new SimpleBooleanProperty(true);
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<String> storageChoices = FXCollections.observableArrayList();

    public StringProperty type() {
        return type;
    }

    public StringProperty tag() {
        return tag;
    }

    public StringProperty shapeFormat() {
        return shapeFormat;
    }

    public StringProperty content() {
        return content;
    }

    public BooleanProperty toSequence() {
        return toSequence;
    }

    /** {@code storageId=path}, one a line. */
    public StringProperty storages() {
        return storages;
    }

    /** {@code itemId=path}, one a line. */
    public StringProperty items() {
        return items;
    }

    public ObjectProperty<ExportSettings.Destination> destination() {
        return destination;
    }

    public StringProperty file() {
        return file;
    }

    public StringProperty uri() {
        return uri;
    }

    public BooleanProperty dryRunFirst() {
        return dryRunFirst;
    }

    /** The server's shape tags. */
    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    /** The server's storage ids. */
    public ObservableList<String> storageChoices() {
        return storageChoices;
    }

    /** The settings, or why they cannot be used (a sentence). */
    public Result read() {
        if (type.get() == null || type.get().isBlank()) {
            return Result.invalid(Messages.get("export.invalid.type"));
        }
        List<PathMapping> storageList;
        List<PathMapping> itemList;
        try {
            storageList = PathMapping.parseLines(storages.get());
        } catch (IllegalArgumentException e) {
            return Result.invalid(Messages.get("export.invalid.storage", e.getMessage()));
        }
        try {
            itemList = PathMapping.parseLines(items.get());
        } catch (IllegalArgumentException e) {
            return Result.invalid(Messages.get("export.invalid.item", e.getMessage()));
        }
        Optional<String> destinationProblem = destinationProblem();
        if (destinationProblem.isPresent()) {
            return Result.invalid(destinationProblem.get());
        }
        return new Result(
                new ExportSettings(
                        type.get(),
                        tag.get(),
                        shapeFormat.get(),
                        content.get(),
                        toSequence.get(),
                        storageList,
                        itemList,
                        destination.get(),
                        file.get(),
                        uri.get(),
                        dryRunFirst.get()),
                null);
    }

    /** Fills the form from {@code s}. */
    public void apply(ExportSettings s) {
        type.set(s.type());
        tag.set(s.tag());
        shapeFormat.set(s.shapeFormat());
        content.set(s.content());
        toSequence.set(s.toSequence());
        storages.set(PathMapping.toLines(s.storages()));
        items.set(PathMapping.toLines(s.items()));
        destination.set(s.destination());
        file.set(s.file());
        uri.set(s.uri());
        dryRunFirst.set(s.dryRunFirst());
    }

    private Optional<String> destinationProblem() {
        if (destination.get() == ExportSettings.Destination.URI) {
            return uri.get() == null || uri.get().isBlank()
                    ? Optional.of(Messages.get("export.invalid.uri"))
                    : Optional.empty();
        }
        if (file.get() == null || file.get().isBlank()) {
            return Optional.of(Messages.get("export.invalid.file"));
        }
        return Optional.empty();
    }

    /** Settings that can be used, or the sentence saying why not. */
    public record Result(ExportSettings settings, String problem) {
        static Result invalid(String problem) {
            return new Result(null, problem);
        }

        public boolean isValid() {
            return settings != null;
        }
    }
}
