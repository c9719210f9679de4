package org.seqdesk.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seqdesk.timeline.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Problems show their severity as a word and a style class the theme colours. */
@ExtendWith(ApplicationExtension.class)
class ProblemCellTest {
    @Start
    void start(Stage stage) {
        ListView<Problem> list =
                new ListView<>(
                        FXCollections.observableArrayList(
                                List.of(
                                        Problem.error("line 3", "Bad timecode"),
                                        Problem.warning("", "Speed change dropped"),
                                        Problem.info("V1 #2", "Reel name shortened"))));
        list.setId("problems");
        list.setCellFactory(v -> new ProblemCell());
        stage.setScene(new Scene(list, 400, 200));
        stage.show();
    }

    @Test
    void eachSeverityHasAWordAndAStyleClass(FxRobot robot) {
        List<ProblemCell> cells =
                robot.lookup(".list-cell").queryAllAs(ProblemCell.class).stream()
                        .filter(c -> c.getItem() != null)
                        .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                        .toList();

        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).getText()).isEqualTo("\u2716 Error at line 3: Bad timecode");
        assertThat(cells.get(0).getStyleClass()).contains("problem-error");
        assertThat(cells.get(1).getText()).isEqualTo("\u26a0 Warning: Speed change dropped");
        assertThat(cells.get(1).getStyleClass()).contains("problem-warning");
        assertThat(cells.get(2).getStyleClass()).contains("problem-info");
    }
}
