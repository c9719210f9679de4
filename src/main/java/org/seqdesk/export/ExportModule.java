package org.seqdesk.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.application.HostServices;
import javafx.stage.Window;
import org.seqdesk.api.VidiCoreClient;
import org.seqdesk.app.AppDirs;
import org.seqdesk.common.TaskRunner;

/**
 * The export feature's entry point for the composition root: made once per server connection,
 * {@link #open} shows a dialog for one sequence.
 */
public final class ExportModule {
    private final VidiCoreClient client;
    private final TaskRunner runner;
    private final ExportSettingsStore store;
    private final ExportViewModel.FolderOpener folderOpener;
    private final String profileId;

    public ExportModule(
            VidiCoreClient client,
            TaskRunner runner,
            ExportSettingsStore store,
            ExportViewModel.FolderOpener folderOpener) {
        this(client, null, runner, store, folderOpener);
    }

    /**
     * A module whose last settings are kept under the server profile {@code profileId} (null for a
     * server without a profile: then under the server URL), so they outlive a changing URL such as
     * the embedded sandbox's random port.
     */
    public ExportModule(
            VidiCoreClient client,
            String profileId,
            TaskRunner runner,
            ExportSettingsStore store,
            ExportViewModel.FolderOpener folderOpener) {
        this.client = client;
        this.profileId = profileId;
        this.runner = runner;
        this.store = store;
        this.folderOpener = folderOpener;
    }

    /**
     * The module as the app wires it: background work on {@code executor}, settings in the data
     * folder under {@code profileId} (may be null), folders opened through {@code hostServices}
     * (may be null).
     */
    public static ExportModule create(
            VidiCoreClient client,
            String profileId,
            ExecutorService executor,
            HostServices hostServices) {
        return new ExportModule(
                client,
                profileId,
                TaskRunner.forFx(executor),
                new ExportSettingsStore(settingsFile()),
                folder -> openFolder(hostServices, folder));
    }

    public static Path settingsFile() {
        return AppDirs.dataDir().resolve("export-settings.properties");
    }

    /** Opens the export dialog for {@code target} over {@code owner} (may be null). */
    public ExportDialog open(Window owner, ExportTarget target) {
        ExportDialog dialog = new ExportDialog(viewModel(target), owner);
        dialog.show();
        return dialog;
    }

    /** A view model for {@code target}, not yet loaded. */
    public ExportViewModel viewModel(ExportTarget target) {
        String url = client.baseUrl().toString();
        return new ExportViewModel(
                new ExportWorkflow(client, target),
                runner,
                store,
                settingsKey(profileId, url),
                url,
                folderOpener);
    }

    /** The key the last settings are saved under: the profile's id, else the server URL. */
    static String settingsKey(String profileId, String serverUrl) {
        return profileId == null || profileId.isBlank() ? serverUrl : "profile:" + profileId;
    }

    private static void openFolder(HostServices hostServices, Path folder) throws IOException {
        if (hostServices != null) {
            hostServices.showDocument(folder.toUri().toString());
            return;
        }
        if (java.awt.Desktop.isDesktopSupported()
                && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            java.awt.Desktop.getDesktop().open(folder.toFile());
            return;
        }
        throw new IOException("no desktop services to open " + folder);
    }
}
