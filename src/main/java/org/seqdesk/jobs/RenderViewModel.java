package org.seqdesk.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seqdesk.api.doc.JobPriority;
import org.seqdesk.common.Messages;
import org.seqdesk.common.TaskRunner;

/**
 * The render dialog's state: the output tags the server offers (flagging those it cannot render
 * to), the user's choices, and one submit command that cannot start two jobs.
 */
public final class RenderViewModel {
    private final RenderSource source;
    private final RenderService service;
    private final RenderWorkflow workflow;
    private final TaskRunner runner;

    private final ObservableList<ShapeTagOption> available = FXCollections.observableArrayList();
    private final ObservableList<String> chosenTags = FXCollections.observableArrayList();
    private final StringProperty sourceTag = new SimpleStringProperty(this, "sourceTag", "");
    private final ObjectProperty<JobPriority> priority =
            new SimpleObjectProperty<>(this, "priority", JobPriority.MEDIUM);
    private final StringProperty resource = new SimpleStringProperty(this, "resource", "");
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final StringProperty original = new SimpleStringProperty(this, "original", "");
    private final StringProperty subtitles = new SimpleStringProperty(this, "subtitles", "");
    private final StringProperty notification = new SimpleStringProperty(this, "notif", "");
    private final StringProperty notificationData = new SimpleStringProperty(this, "data", "");
    private final StringProperty jobMetadata = new SimpleStringProperty(this, "metadata", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty submitting = new SimpleBooleanProperty(this, "submitting");
    private final BooleanProperty submitted = new SimpleBooleanProperty(this, "submitted");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding canSubmit;
    private Consumer<RenderWorkflow.Outcome> onSubmitted = o -> {};

    public RenderViewModel(
            RenderSource source,
            RenderService service,
            RenderWorkflow workflow,
            TaskRunner runner) {
        this.source = Objects.requireNonNull(source);
        this.service = Objects.requireNonNull(service);
        this.workflow = Objects.requireNonNull(workflow);
        this.runner = Objects.requireNonNull(runner);
        this.canSubmit =
                Bindings.createBooleanBinding(
                        () -> problem() == null && !submitting.get() && !submitted.get(),
                        chosenTags,
                        available,
                        original,
                        jobMetadata,
                        submitting,
                        submitted);
    }

    /** Called on the UI thread once the server has created the job. */
    public void setOnSubmitted(Consumer<RenderWorkflow.Outcome> listener) {
        this.onSubmitted = Objects.requireNonNull(listener);
    }

    public RenderSource source() {
        return source;
    }

    /** Whether the subtitle language applies: only an item's sequence can burn in subtitles. */
    public boolean isItemRender() {
        return source.isItemRender();
    }

    /** Loads the server's shape tags. */
    public void loadTags() {
        loading.set(true);
        message.set(Messages.get("render.loadingTags"));
        runner.run(
                service::shapeTags,
                tags -> {
                    loading.set(false);
                    available.setAll(tags);
                    message.set(tags.isEmpty() ? Messages.get("render.noTags") : "");
                },
                e -> {
                    loading.set(false);
                    message.set(Messages.get("render.tagsFailed", JobErrors.describe(e)));
                });
    }

    /** Chooses or drops an output tag; a tag the server cannot render to is never chosen. */
    public void choose(String tag, boolean chosen) {
        if (!chosen) {
            chosenTags.remove(tag);
            return;
        }
        if (!chosenTags.contains(tag)) {
            chosenTags.add(tag);
        }
    }

    /** Why the render cannot be submitted as it stands, in words; null when it can. */
    public String problem() {
        if (chosenTags.isEmpty()) {
            return Messages.get("render.problem.noTag");
        }
        for (String tag : chosenTags) {
            ShapeTagOption option = option(tag);
            if (option != null && !option.renderable()) {
                return Messages.get("render.problem.unrenderable", tag, missingText(option));
            }
        }
        String o = original.get().strip();
        if (!o.isEmpty() && !chosenTags.contains(o)) {
            return Messages.get("render.problem.original", o);
        }
        String line = firstBadMetadataLine(jobMetadata.get());
        return line == null ? null : Messages.get("render.problem.metadata", line);
    }

    private ShapeTagOption option(String tag) {
        return available.stream().filter(t -> t.name().equals(tag)).findFirst().orElse(null);
    }

    /** "no audio codec, no container": what a tag's preset lacks. */
    public static String missingText(ShapeTagOption option) {
        List<String> parts = new ArrayList<>();
        option.missing().forEach(k -> parts.add(Messages.get(k)));
        return String.join(", ", parts);
    }

    /** Submits once. Further calls while the server has not answered, or after, do nothing. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        submitting.set(true);
        message.set(Messages.get("render.submitting"));
        RenderRequest request = request();
        runner.run(
                () -> workflow.submit(request),
                this::answered,
                e -> {
                    submitting.set(false);
                    message.set(Messages.get("render.failed", JobErrors.describe(e)));
                });
    }

    private void answered(RenderWorkflow.Outcome outcome) {
        submitting.set(false);
        switch (outcome.result()) {
            case SUBMITTED:
                submitted.set(true);
                message.set(Messages.get("render.submitted", outcome.job().id()));
                onSubmitted.accept(outcome);
                break;
            case REFUSED:
                message.set(Messages.get("render.refused", JobErrors.describe(outcome.error())));
                break;
            default:
                submitted.set(true);
                message.set(Messages.get("render.noAnswer", JobErrors.describe(outcome.error())));
        }
    }

    /** The request the current choices make. */
    public RenderRequest request() {
        return new RenderRequest(
                source,
                chosenTags,
                sourceTag.get().isBlank() ? List.of() : split(sourceTag.get()),
                priority.get(),
                text(resource),
                text(destination),
                text(original),
                source.isItemRender() ? text(subtitles) : null,
                text(notification),
                text(notificationData),
                parseMetadata(jobMetadata.get()));
    }

    private static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String text(StringProperty p) {
        String s = p.get() == null ? "" : p.get().strip();
        return s.isEmpty() ? null : s;
    }

    /** Job metadata typed as {@code key=value} lines; blank lines are skipped. */
    static Map<String, String> parseMetadata(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return map;
    }

    private static String firstBadMetadataLine(String text) {
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (!line.isBlank() && line.indexOf('=') <= 0) {
                return line.strip();
            }
        }
        return null;
    }

    public ObservableList<ShapeTagOption> availableTags() {
        return available;
    }

    public ObservableList<String> chosenTags() {
        return chosenTags;
    }

    public StringProperty sourceTagProperty() {
        return sourceTag;
    }

    public ObjectProperty<JobPriority> priorityProperty() {
        return priority;
    }

    public StringProperty resourceProperty() {
        return resource;
    }

    public StringProperty destinationItemProperty() {
        return destination;
    }

    public StringProperty originalProperty() {
        return original;
    }

    public StringProperty subtitleLanguageProperty() {
        return subtitles;
    }

    public StringProperty notificationProperty() {
        return notification;
    }

    public StringProperty notificationDataProperty() {
        return notificationData;
    }

    public StringProperty jobMetadataProperty() {
        return jobMetadata;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty submittingProperty() {
        return submitting;
    }

    public BooleanProperty submittedProperty() {
        return submitted;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
