package org.seqdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seqdesk.app.BackgroundExecutor;
import org.seqdesk.browser.ItemBrowserView;
import org.seqdesk.browser.ItemBrowserViewModel;
import org.seqdesk.browser.ItemPage;
import org.seqdesk.browser.ItemQuery;
import org.seqdesk.browser.ItemRow;
import org.seqdesk.browser.ItemSource;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scrolls the browser's real table through 100,000 items, a page at a time as a user dragging the
 * scroll bar would, and logs the heap in use after a collection at each tenth of the way. Target:
 * under 300 MB. Run with {@code ./mvnw -B -q test -Dtest=BrowserScrollHeapBench
 * -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class BrowserScrollHeapBench {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserScrollHeapBench.class);
    private static final int ITEMS = 100_000;
    private static final int STEP = 250;

    private final BackgroundExecutor executor = new BackgroundExecutor(2);
    private ItemBrowserViewModel model;
    private TableView<ItemRow> table;

    /** Makes rows on demand, as a server with 100,000 items would send them. */
    private static final class GeneratedItems implements ItemSource {
        @Override
        public ItemPage search(ItemQuery query, int first, int number) {
            List<ItemRow> rows = new ArrayList<>();
            for (int i = first; i < first + number && i <= ITEMS; i++) {
                rows.add(
                        new ItemRow(
                                "VX-" + i,
                                "Generated item number " + i,
                                "0:00:10",
                                "2026-12-04 10:00",
                                i % 7 == 0 ? 1 : 0));
            }
            return new ItemPage(ITEMS, rows);
        }

        @Override
        public List<MetadataEntry> metadata(String itemId) {
            return List.of(new MetadataEntry("itemId", itemId));
        }
    }

    @Start
    void start(Stage stage) {
        model =
                new ItemBrowserViewModel(
                        new GeneratedItems(),
                        TaskRunner.forFx(executor.executor()),
                        Debouncer.immediate());
        ItemBrowserView view = new ItemBrowserView(model, ItemPreviews.none());
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
        @SuppressWarnings("unchecked")
        TableView<ItemRow> found = (TableView<ItemRow>) view.lookup("#browserTable");
        table = found;
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void scrollingThroughAHundredThousandItemsKeepsTheHeapSmall(FxRobot robot)
            throws TimeoutException {
        robot.interact(model::refresh);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == ITEMS);
        long worst = 0;
        long started = System.nanoTime();
        for (int row = 0; row < ITEMS; row += STEP) {
            int target = row;
            robot.interact(() -> table.scrollTo(target));
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> !table.getItems().get(target).isLoading());
            if (row % (ITEMS / 10) == 0) {
                worst = Math.max(worst, usedAfterGc());
                LOG.info("row {}: {} MB in use", row, usedAfterGc() / (1024 * 1024));
            }
        }
        robot.interact(() -> table.scrollTo(ITEMS - 1));
        worst = Math.max(worst, usedAfterGc());
        assertThat(table.getItems().get(ITEMS - 1).id()).isEqualTo("VX-" + ITEMS);
        LOG.info(
                "Scrolled {} items in {} ms; most heap in use after a collection: {} MB",
                ITEMS,
                (System.nanoTime() - started) / 1_000_000,
                worst / (1024 * 1024));
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
