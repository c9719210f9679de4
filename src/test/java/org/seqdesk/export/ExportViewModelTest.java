package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.timeline.Sequence;

class ExportViewModelTest {
    @TempDir Path dir;
    private final VidiCoreClient client = ExportFixtures.sandboxClient();
    private final List<Path> opened = new ArrayList<>();

    @AfterEach
    void close() {
        client.close();
    }

    private ExportViewModel model(ExportTarget target) {
        ExportModule module =
                new ExportModule(
                        client,
                        TaskRunner.inline(),
                        new ExportSettingsStore(dir.resolve("settings/export.properties")),
                        opened::add);
        ExportViewModel model = module.viewModel(target);
        model.load();
        return model;
    }

    private ExportViewModel itemModel() {
        return model(ExportTarget.item(ExportFixtures.SEQUENCE_ITEM, "vidispine"));
    }

    private Path out() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        return folder.resolve("cut.xml");
    }

    @Test
    void loadingOffersTheServersTagsAndStorages() {
        ExportViewModel model = itemModel();

        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.READY);
        assertThat(model.form().tagChoices()).contains("original", "lowres");
        assertThat(model.form().storageChoices()).isNotEmpty();
        assertThat(model.form().type().get()).isEqualTo("finalcut");
    }

    @Test
    void dryRunWithATagTheSourcesLackReportsTheProblemPerAssetAndWritesNothing() throws Exception {
        ExportViewModel model = itemModel();
        Path file = out();
        model.form().tag().set("lowres");
        model.form().file().set(file.toString());

        model.start();

        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.REVIEW);
        DryRunReport report = model.report().get();
        assertThat(report.groups()).containsKey("MISSING_SHAPE");
        DryRunReport.Entry first = report.groups().get("MISSING_SHAPE").get(0);
        assertThat(first.asset()).startsWith("VX-");
        assertThat(first.segments()).isNotEmpty().allMatch(s -> s.matches("[VA]\\d+ #\\d+"));
        assertThat(DryRunReportView.entryText(first)).contains(first.asset()).contains("used by");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).isEmpty();
        }

        model.cancel();
        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.CANCELLED);
    }

    @Test
    void finalCutExportIsSavedAndReadsBackAsTheSameEdit() throws Exception {
        ExportViewModel model = itemModel();
        Path file = out();
        model.form().file().set(file.toString());

        model.start();

        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.SUCCEEDED);
        assertThat(model.resultPath().get()).isEqualTo(file.toString());
        assertThat(model.differences()).isEmpty();
        assertThat(model.status().get()).contains("same edit");
        assertThat(Files.readString(file)).contains("<xmeml");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        model.openFolder();
        assertThat(opened).containsExactly(file.getParent());
    }

    @Test
    void everyFormatSeqDeskReadsComesBackAsTheSameEdit() throws Exception {
        for (String type : List.of("finalcut-x", "vidispine", "otio")) {
            ExportViewModel model = itemModel();
            Path file = dir.resolve("every/cut-" + type);
            model.form().type().set(type);
            model.form().file().set(file.toString());

            model.start();
            if (model.state().get() == ExportViewModel.State.REVIEW) {
                // Only what the format cannot hold may stop it; the cuts themselves must survive.
                assertThat(model.report().get().groups()).as(type).containsOnlyKeys("LOSSY_EXPORT");
                model.exportAnyway();
            }

            assertThat(model.state().get()).as(type).isEqualTo(ExportViewModel.State.SUCCEEDED);
            assertThat(model.differences()).as(type).isEmpty();
            assertThat(model.status().get()).as(type).contains("same edit");
        }
    }

    @Test
    void edlOfSourcesAtOtherRatesIsSavedWithTheSourceDifferencesNamed() throws Exception {
        ExportViewModel model = itemModel();
        Path file = dir.resolve("cut.edl");
        model.form().type().set("edl");
        model.form().file().set(file.toString());

        model.start();
        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.REVIEW);
        assertThat(model.report().get().groups()).containsOnlyKeys("LOSSY_EXPORT");
        model.exportAnyway();

        // An EDL counts source frames at the record rate: 23.976 and 29.97 fps clips drift.
        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.SUCCEEDED);
        assertThat(model.differences())
                .isNotEmpty()
                .allMatch(d -> d.matches("[VA]\\d+ #\\d+ shows source .* in the file, .*"));
        assertThat(model.status().get()).contains("differs");
        assertThat(file).exists();
    }

    @Test
    void standaloneSequenceIsExportedThroughTheMultipartAnswer() throws Exception {
        ExportViewModel item = itemModel();
        Sequence sequence = fetchItemSequence();
        ExportViewModel model = model(ExportTarget.standalone(sequence, "my cut"));
        Path file = dir.resolve("standalone.fcpxml");
        model.form().type().set("finalcut-x");
        model.form().file().set(file.toString());

        model.start();

        assertThat(model.state().get())
                .as(model.status().get())
                .isEqualTo(ExportViewModel.State.SUCCEEDED);
        assertThat(model.differences()).isEmpty();
        assertThat(Files.readString(file)).contains("<fcpxml");
        assertThat(item.suggestedName()).isEqualTo("VX-4");
        assertThat(model.suggestedName()).isEqualTo("my_cut");
    }

    private Sequence fetchItemSequence() throws Exception {
        ExportWorkflow workflow =
                new ExportWorkflow(
                        client, ExportTarget.item(ExportFixtures.SEQUENCE_ITEM, "vidispine"));
        return workflow.prepare().sequence();
    }

    @Test
    void exportAnywayWritesTheFileDespiteTheProblems() throws Exception {
        ExportViewModel model = itemModel();
        Path file = out();
        model.form().tag().set("lowres");
        model.form().file().set(file.toString());
        model.start();

        model.exportAnyway();

        assertThat(model.state().get())
                .as(model.status().get())
                .isEqualTo(ExportViewModel.State.SUCCEEDED);
        assertThat(file).exists();
    }

    @Test
    void settingsAreRememberedPerServerAndPresetsReused() throws Exception {
        ExportViewModel first = itemModel();
        first.form().type().set("edl");
        first.form().content().set("sequence");
        first.form().storages().set("VX-1=/Volumes/media\n");
        first.form().dryRunFirst().set(false);
        first.form().file().set(dir.resolve("a.edl").toString());
        first.start();
        first.form().type().set("finalcut-x");
        first.savePreset("fcpx for Anna");

        ExportViewModel second = itemModel();

        assertThat(second.form().type().get()).isEqualTo("edl");
        assertThat(second.form().content().get()).isEqualTo("sequence");
        assertThat(second.form().storages().get()).isEqualTo("VX-1=/Volumes/media\n");
        assertThat(second.form().dryRunFirst().get()).isFalse();
        assertThat(second.presetNames()).containsExactly("fcpx for Anna");
        second.applyPreset("fcpx for Anna");
        assertThat(second.form().type().get()).isEqualTo("finalcut-x");
        ExportSettingsStore store =
                new ExportSettingsStore(dir.resolve("settings/export.properties"));
        assertThat(store.last("http://other.example/API/").type()).isEqualTo("finalcut");
    }

    @Test
    void curlCommandRepeatsTheRequestWithoutThePassword() throws Exception {
        ExportViewModel model = itemModel();
        model.form().tag().set("lowres");
        model.form().storages().set("VX-1=/Volumes/media");
        model.form().file().set(out().toString());

        String dryRun = model.curl(true);
        String export = model.curl(false);

        assertThat(dryRun)
                .startsWith("curl -X POST -u admin ")
                .contains("dryRun=true")
                .contains("tag=lowres")
                .contains("\"storage\"")
                .doesNotContain("admin:admin")
                .doesNotContain("Authorization");
        assertThat(export).startsWith("curl -u admin ").contains("storage=VX-1").contains("-o ");
    }

    @Test
    void badMappingLineIsNamedAndNothingIsSent() throws Exception {
        ExportViewModel model = itemModel();
        model.form().items().set("VX-1 /mnt/clip.mov");
        model.form().file().set(out().toString());

        model.start();

        assertThat(model.state().get()).isEqualTo(ExportViewModel.State.READY);
        assertThat(model.status().get()).contains("VX-1 /mnt/clip.mov");
    }

    @Test
    void lossesFollowTheChosenFormat() {
        ExportViewModel model = itemModel();

        model.form().type().set("fabric");
        assertThat(model.losses()).singleElement().asString().contains("cannot tell");

        model.form().type().set("finalcut");
        assertThat(model.losses()).noneMatch(s -> s.contains("cannot tell"));
    }

    @Test
    void exportToAUriIsWrittenByTheServer() throws Exception {
        ExportViewModel model = itemModel();
        Path target =
                org.seqdesk.sandbox.SharedSandbox.get()
                        .services()
                        .mediaDir()
                        .resolve("exports/vm-uri.xml");
        model.form().destination().set(ExportSettings.Destination.URI);
        model.form().uri().set(target.toUri().toString());

        model.start();

        assertThat(model.state().get())
                .as(model.status().get())
                .isEqualTo(ExportViewModel.State.SUCCEEDED);
        assertThat(Files.readString(target)).contains("<xmeml");
    }
}
