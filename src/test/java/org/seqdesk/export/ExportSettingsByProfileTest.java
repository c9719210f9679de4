package org.seqdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.common.TaskRunner;

class ExportSettingsByProfileTest {
    private static final String OTHER_PORT_URL = "http://127.0.0.1:65000/API/";

    @TempDir Path dir;
    private final VidiCoreClient client = ExportFixtures.sandboxClient();

    @AfterEach
    void close() {
        client.close();
    }

    private ExportSettingsStore store() {
        return new ExportSettingsStore(dir.resolve("export.properties"));
    }

    private ExportViewModel model(String profileId) {
        ExportModule module =
                new ExportModule(client, profileId, TaskRunner.inline(), store(), folder -> {});
        ExportViewModel model =
                module.viewModel(ExportTarget.item(ExportFixtures.SEQUENCE_ITEM, "vidispine"));
        model.load();
        return model;
    }

    @Test
    void sandboxSettingsAreFoundAgainWhenTheSandboxComesBackOnAnotherPort() throws Exception {
        ExportViewModel model = model("sandbox");
        model.form().type().set("edl");
        model.form().content().set("sequence");
        model.form().dryRunFirst().set(false);
        model.form().file().set(dir.resolve("cut.edl").toString());
        model.start();
        assertThat(model.state().get())
                .as(model.status().get())
                .isEqualTo(ExportViewModel.State.SUCCEEDED);

        ExportSettings again =
                store().last(ExportModule.settingsKey("sandbox", OTHER_PORT_URL), OTHER_PORT_URL);

        assertThat(again.type()).isEqualTo("edl");
        assertThat(again.content()).isEqualTo("sequence");
    }

    @Test
    void settingsSavedUnderTheServerUrlAreStillReadForItsProfile() throws Exception {
        ExportSettings old =
                new ExportSettings(
                        "edl",
                        "",
                        "",
                        "sequence",
                        false,
                        List.of(),
                        List.of(),
                        null,
                        "",
                        "",
                        false);
        store().saveLast(client.baseUrl().toString(), old);

        ExportViewModel model = model("production-id");

        assertThat(model.form().type().get()).isEqualTo("edl");
        assertThat(model.form().dryRunFirst().get()).isFalse();
    }

    @Test
    void aProfileKeyWinsOverTheOldUrlKey() throws Exception {
        ExportSettingsStore store = store();
        store.saveLast(OTHER_PORT_URL, ExportSettings.defaults());
        ExportSettings mine = ExportSettings.defaults().withFile("/tmp/mine.xml");
        store.saveLast(ExportModule.settingsKey("sandbox", OTHER_PORT_URL), mine);

        assertThat(store.last(ExportModule.settingsKey("sandbox", OTHER_PORT_URL), OTHER_PORT_URL))
                .isEqualTo(mine);
    }
}
