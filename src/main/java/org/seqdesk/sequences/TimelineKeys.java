package org.seqdesk.sequences;

import javafx.scene.input.KeyEvent;

/**
 * Keyboard use of the timeline: arrows move the selection (left/right along a track, up/down across
 * tracks), {@code +}/{@code -} zoom, {@code 0} fits, Home selects the first segment.
 */
final class TimelineKeys {
    private final TimelineViewModel model;

    TimelineKeys(TimelineViewModel model) {
        this.model = model;
    }

    void handle(KeyEvent e) {
        if (e.isAltDown() || e.isShortcutDown()) {
            return; // the window's shortcuts (Alt+Down: next item, Ctrl+=: zoom) stay reachable
        }
        boolean used = true;
        switch (e.getCode()) {
            case LEFT:
                model.selectNext(-1);
                break;
            case RIGHT:
                model.selectNext(1);
                break;
            case UP:
                model.selectLane(-1);
                break;
            case DOWN:
                model.selectLane(1);
                break;
            case HOME:
                model.selectFirst();
                break;
            case PLUS:
            case ADD:
            case EQUALS:
                model.zoomIn();
                break;
            case MINUS:
            case SUBTRACT:
                model.zoomOut();
                break;
            case DIGIT0:
            case NUMPAD0:
                model.fit();
                break;
            default:
                used = false;
        }
        if (used) {
            e.consume();
        }
    }
}
