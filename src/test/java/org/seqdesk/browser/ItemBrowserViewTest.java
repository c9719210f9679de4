package org.seqdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seqdesk.common.Debouncer;
import org.seqdesk.common.ItemPreviews;
import org.seqdesk.common.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The browser screen on items held in a list: what clicks on it ask of the item source. */
@ExtendWith(ApplicationExtension.class)
class ItemBrowserViewTest {
    private final ListItemSource source = ListItemSource.of(300);
    private ItemBrowserView view;

    @Start
    void start(Stage stage) {
        ItemBrowserViewModel model =
                new ItemBrowserViewModel(source, TaskRunner.inline(), Debouncer.immediate());
        view = new ItemBrowserView(model, ItemPreviews.none());
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
        model.refresh();
    }

    private Node header(FxRobot robot, String text) {
        return robot.lookup(".column-header")
                .match(
                        (Node n) ->
                                n.lookup(".label") instanceof Label
                                        && text.equals(((Label) n.lookup(".label")).getText()))
                .query();
    }

    @SuppressWarnings("unchecked")
    private TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#browserTable").queryAs(TableView.class);
    }

    @Test
    void clickingAColumnHeaderSortsTheWholeResultOnTheSource(FxRobot robot) {
        robot.clickOn(header(robot, "Title"));
        WaitForAsyncUtils.waitForFxEvents();

        ItemQuery asked = source.queries.get(source.queries.size() - 1);
        assertThat(asked.sortField()).isEqualTo("title");
        assertThat(asked.ascending()).isTrue();
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Forest 1");
        // the last row comes from a page the source sorts too, not from the loaded page alone
        assertThat(table(robot).getItems().get(299).title()).isEqualTo("Harbour 98");

        robot.clickOn(header(robot, "Title"));
        WaitForAsyncUtils.waitForFxEvents();

        asked = source.queries.get(source.queries.size() - 1);
        assertThat(asked.ascending()).isFalse();
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Harbour 98");
    }

    @Test
    void theIdColumnSortsByTheItemIdField(FxRobot robot) {
        robot.clickOn(header(robot, "Id"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(source.queries.get(source.queries.size() - 1).sortField()).isEqualTo("itemId");
    }

    @Test
    void aSearchWithoutTheSelectedItemLeavesNothingSelected(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(2));
        assertThat(view.model().selectedItemIdProperty().get()).isEqualTo("VX-3");

        robot.interact(() -> view.model().queryProperty().set("harbour"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.model().selectedItemIdProperty().get()).isEmpty();
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isNull();
        assertThat(view.model().metadata()).isEmpty();
    }

    @Test
    void aSearchThatKeepsTheSelectedItemKeepsItSelectedInTheTable(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(3));

        robot.interact(() -> view.model().queryProperty().set("harbour"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.model().selectedItemIdProperty().get()).isEqualTo("VX-4");
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("VX-4");
    }

    @Test
    void theFirstRowDroppedByTheNextSearchIsNotReplacedByTheNewFirstRow(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(view.model().selectedItemIdProperty().get()).isEqualTo("VX-1");

        robot.interact(() -> view.model().queryProperty().set("title:\"Harbour 298\""));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(view.model().selectedItemIdProperty().get()).isEmpty();
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void theSequenceMarkSitsRightAfterTheTitleWithItsCountInWords(FxRobot robot) {
        TableView<ItemRow> table = table(robot);
        assertThat(table.getColumns().get(2).getUserData()).isEqualTo("__sequence_size");
        assertThat(table.getColumns().get(2).getWidth()).isLessThan(70);

        Labeled mark =
                robot.lookup(".sequence-mark")
                        .match((Labeled l) -> !l.getText().isEmpty())
                        .queryAs(Labeled.class);

        assertThat(mark.getText()).isEqualTo("1");
        assertThat(mark.getAccessibleText()).isEqualTo("Holds 1 sequence");
        assertThat(mark.getTooltip().getText()).isEqualTo("Holds 1 sequence");
        assertThat(mark.getGraphic()).isNotNull();
    }

    @Test
    void clickingTheSequenceMarkHeaderSortsBySequenceCount(FxRobot robot) {
        robot.clickOn(robot.lookup("#sequencesColumnHeader").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        ItemQuery asked = source.queries.get(source.queries.size() - 1);
        assertThat(asked.sortField()).isEqualTo("__sequence_size");
    }

    @Test
    void aSequenceItemWithoutAPictureShowsTheSequenceIconInThePictureColumn(FxRobot robot) {
        // the list's previews have no pictures; VX-3 holds a sequence, VX-1 does not
        assertThat(robot.lookup(".sequence-picture").queryAll()).isNotEmpty();
        for (Node n : robot.lookup(".sequence-picture").queryAll()) {
            ItemRow row = (ItemRow) ((TableCell<?, ?>) n.getParent()).getItem();
            assertThat(row.hasSequences()).as(row.id()).isTrue();
        }
    }

    @Test
    void refreshKeepsTheSelectedRowSelectedInTheTable(FxRobot robot) {
        for (int index : new int[] {3, 250}) {
            robot.interact(
                    () -> {
                        table(robot).scrollTo(index);
                        table(robot).getSelectionModel().select(index);
                    });
            String id = "VX-" + (index + 1);
            assertThat(view.model().selectedItemIdProperty().get()).isEqualTo(id);

            robot.clickOn("#browserRefresh");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(id);
            assertThat(view.model().selectedItemIdProperty().get()).isEqualTo(id);
        }
    }
}
