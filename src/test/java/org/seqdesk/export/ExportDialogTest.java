package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.ReadResult;
import org.seqdesk.timeline.SequenceFormat;
import org.seqdesk.timeline.SequenceFormats;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir Path dir;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private VidiCoreClient client;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        // Each test opens its own dialog.
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.stage().close());
        }
        pool.shutdownNow();
        if (client != null) {
            client.close();
        }
    }

    private ExportViewModel open(FxRobot robot, VidiCoreClient c, ExportTarget target)
            throws Exception {
        client = c;
        ExportModule module =
                new ExportModule(
                        c,
                        TaskRunner.forFx(pool),
                        new ExportSettingsStore(dir.resolve("export.properties")),
                        folder -> {});
        robot.interact(() -> dialog = module.open(null, target));
        awaitState(ExportViewModel.State.READY);
        return dialog.model();
    }

    private void awaitState(ExportViewModel.State wanted) throws Exception {
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> dialog.model().state().get() == wanted);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path outFolder() throws Exception {
        return Files.createDirectories(dir.resolve("out"));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void dryRunShowsTheMissingShapeAndWritesNothing(FxRobot robot) throws Exception {
        ExportViewModel model =
                open(robot, ExportFixtures.sandboxClient(), ExportTarget.item("VX-4", "vidispine"));
        Path file = outFolder().resolve("cut.xml");
        robot.interact(
                () -> {
                    model.form().tag().set("lowres");
                    model.form().file().set(file.toString());
                });

        robot.clickOn("#exportButton");
        awaitState(ExportViewModel.State.REVIEW);

        List<String> lines =
                robot.lookup("#reportPane .label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList();
        assertThat(lines).anyMatch(l -> l.startsWith("No shape matches the tag or format"));
        assertThat(lines).anyMatch(l -> l.contains("VX-1") && l.contains("used by V1 #"));
        assertThat(robot.lookup("#exportAnywayButton").query().isVisible()).isTrue();
        Snapshots.save(dialog.stage(), "export-dry-run-report");
        assertThat(files(file.getParent())).isEmpty();

        robot.clickOn("#cancelButton");
        awaitState(ExportViewModel.State.CANCELLED);
        assertThat(files(file.getParent())).isEmpty();
    }

    @Test
    void finalCutExportWritesAFileThatReadsBackEqual(FxRobot robot) throws Exception {
        ExportViewModel model =
                open(robot, ExportFixtures.sandboxClient(), ExportTarget.item("VX-4", "vidispine"));
        Path file = outFolder().resolve("cut.xml");
        robot.interact(() -> model.form().file().set(file.toString()));
        Snapshots.save(dialog.stage(), "export-dialog");

        robot.clickOn("#exportButton");
        awaitState(ExportViewModel.State.SUCCEEDED);

        assertThat(robot.lookup("#resultPath").queryAs(Label.class).getText())
                .isEqualTo(file.toString());
        assertThat(robot.lookup("#openFolderButton").query().isVisible()).isTrue();
        assertThat(model.differences()).isEmpty();
        ReadResult read =
                SequenceFormats.reader(SequenceFormat.FINALCUT)
                        .read(Files.readAllBytes(file), "cut.xml");
        assertThat(read.sequence()).isPresent();
        assertThat(
                        ReadBackCheck.differences(
                                new ExportWorkflow(client, ExportTarget.item("VX-4", "vidispine"))
                                        .prepare()
                                        .sequence(),
                                read.sequence().get()))
                .isEmpty();
        assertThat(files(file.getParent())).containsExactly(file);
        Snapshots.save(dialog.stage(), "export-result");
    }

    @Test
    void differencesAfterReadingBackAreListedUnderTheResult(FxRobot robot) throws Exception {
        ExportViewModel model =
                open(robot, ExportFixtures.sandboxClient(), ExportTarget.item("VX-4", "vidispine"));
        Path file = outFolder().resolve("cut.edl");
        robot.interact(
                () -> {
                    model.form().type().set("edl");
                    model.form().file().set(file.toString());
                    model.form().dryRunFirst().set(false);
                });

        robot.clickOn("#exportButton");
        awaitState(ExportViewModel.State.SUCCEEDED);

        assertThat(robot.lookup("#differencesList").query().isVisible()).isTrue();
        assertThat(robot.lookup("#differencesList .label").queryAllAs(Label.class))
                .hasSize(model.differences().size())
                .allMatch(l -> l.getText().contains("shows source"));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("differs");
        Snapshots.save(dialog.stage(), "export-differences");
    }

    @Test
    void cancelDuringTheDownloadLeavesNoFile(FxRobot robot) throws Exception {
        try (FaultyServer server = FaultyServer.slow()) {
            ExportViewModel model =
                    open(
                            robot,
                            ExportFixtures.client(server.url()),
                            ExportTarget.item(FaultyServer.ITEM, "vidispine"));
            Path file = outFolder().resolve("slow.xml");
            robot.interact(
                    () -> {
                        model.form().file().set(file.toString());
                        model.form().dryRunFirst().set(false);
                    });

            robot.clickOn("#exportButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.progress().get() != 0);
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> !files(file.getParent()).isEmpty());
            Node bar = robot.lookup("#progressBar").query();
            assertThat(bar.isVisible()).isTrue();
            robot.clickOn("#cancelButton");
            awaitState(ExportViewModel.State.CANCELLED);

            assertThat(files(file.getParent())).isEmpty();
            assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                    .contains("cancelled");
        }
    }

    @Test
    void serverBreakingOffMidDownloadLeavesNoFileAndSaysWhy(FxRobot robot) throws Exception {
        try (FaultyServer server = FaultyServer.breaking()) {
            ExportViewModel model =
                    open(
                            robot,
                            ExportFixtures.client(server.url()),
                            ExportTarget.item(FaultyServer.ITEM, "vidispine"));
            Path folder = outFolder();
            Path file = folder.resolve("broken.xml");
            Files.writeString(file, "the previous export");
            robot.interact(
                    () -> {
                        model.form().file().set(file.toString());
                        model.form().dryRunFirst().set(false);
                    });

            robot.clickOn("#exportButton");
            awaitState(ExportViewModel.State.FAILED);

            assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                    .isEqualTo("The connection to the server broke off; no file was written.");
            assertThat(robot.lookup("#detailsButton").query().isVisible()).isTrue();
            robot.clickOn("#detailsButton");
            assertThat(model.errorDetails().get()).contains("GET").contains("/sequence/export");
            assertThat(files(folder)).containsExactly(file);
            assertThat(Files.readString(file)).isEqualTo("the previous export");
            Snapshots.save(dialog.stage(), "export-failed");
        }
    }
}
