package org.seqdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.seqdesk.browser.ItemBrowserView;
import org.seqdesk.browser.ItemBrowserViewModel;
import org.seqdesk.browser.ItemPage;
import org.seqdesk.browser.ItemQuery;
import org.seqdesk.browser.ItemRow;
import org.seqdesk.browser.ItemSource;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.seqdesk.jobs.JobsModule;
import org.seqdesk.sequences.TimelineView;
import org.seqdesk.sequences.TimelineViewModel;
import org.seqdesk.timeline.SequenceFormats;
import org.seqdesk.timeline.SequenceReader;

/**
 * The main window as the app builds it (themes, menus with shortcuts, the real browser, timeline
 * and job panels), fed by a few items held in memory and a corpus EDL, without a server.
 */
final class ThemedWindow {
    private static final Path CORPUS = Path.of(System.getProperty("seqdesk.corpus"));

    final MainWindow window = new MainWindow();
    final ThemeManager themes;
    final TimelineViewModel timeline = new TimelineViewModel(ItemPreviews.none());
    final AtomicInteger searches = new AtomicInteger();
    final JobsModule jobs;

    ThemedWindow(Stage stage, Path home, ExecutorService executor) throws IOException {
        themes = new ThemeManager(home.resolve("preferences.properties"), () -> false);
        KeyboardActions.install(window, themes);
        TaskRunner runner = TaskRunner.forFx(executor);
        ItemBrowserViewModel browser =
                new ItemBrowserViewModel(
                        new Items(searches), runner, Debouncer.fx(Duration.millis(50)));
        window.setBrowser(new ItemBrowserView(browser, ItemPreviews.none()));
        window.setSequences(new TimelineView(timeline, ItemPreviews.none()));
        jobs = JobsModule.install(window, executor, home);
        themes.follow();
        window.show(stage, new WindowState(home.resolve("window.properties")));
        timeline.setSequence(corpusSequence());
        browser.refresh();
    }

    private static org.seqdesk.timeline.Sequence corpusSequence() throws IOException {
        Path file = CORPUS.resolve("edl/otio_dissolve_test_3.edl");
        byte[] content = Files.readAllBytes(file);
        SequenceReader reader =
                SequenceFormats.reader(
                        SequenceFormats.detect(file.getFileName().toString(), content)
                                .orElseThrow());
        return reader.read(content, file.getFileName().toString()).sequence().orElseThrow();
    }

    /** A few fixed items; every search is counted. */
    private static final class Items implements ItemSource {
        private final AtomicInteger searches;

        Items(AtomicInteger searches) {
            this.searches = searches;
        }

        @Override
        public ItemPage search(ItemQuery query, int first, int number) {
            searches.incrementAndGet();
            List<ItemRow> rows =
                    List.of(
                            new ItemRow("VX-1", "Market square", "00:01:10:00", "2026-12-01", 2),
                            new ItemRow("VX-2", "Harbour at dawn", "00:00:42:12", "2026-12-02", 0),
                            new ItemRow("VX-3", "Film reel 3", "00:12:00:00", "2026-12-03", 1));
            return new ItemPage(rows.size(), first > 1 ? List.of() : rows);
        }

        @Override
        public List<MetadataEntry> metadata(String itemId) {
            return List.of(new MetadataEntry("title", itemId));
        }
    }
}
