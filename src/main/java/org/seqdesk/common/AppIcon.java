package org.seqdesk.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * Every icon of the app, by what it means, from the one icon font (Material Design Icons through
 * Ikonli). Each carries a colour role; {@code seqdesk.css} gives each role a colour per theme.
 */
public enum AppIcon {
    SEARCH(MaterialDesignM.MAGNIFY, Role.PLAIN),
    SEQUENCES(MaterialDesignF.FILMSTRIP_BOX_MULTIPLE, Role.ACCENT),
    REFRESH(MaterialDesignR.REFRESH, Role.ACCENT),
    COPY(MaterialDesignC.CONTENT_COPY, Role.PLAIN),
    OPEN(MaterialDesignF.FOLDER_OPEN, Role.ACCENT),
    EXPORT(MaterialDesignE.EXPORT, Role.ACCENT),
    RENDER(MaterialDesignM.MOVIE_OPEN_PLAY, Role.ACCENT),
    CONFORM(MaterialDesignT.TABLE_SYNC, Role.PLAIN),
    REPLACE(MaterialDesignF.FILE_REPLACE, Role.PLAIN),
    NEW_ITEM(MaterialDesignF.FILE_PLUS, Role.PLAIN),
    REVEAL(MaterialDesignC.CROSSHAIRS_GPS, Role.PLAIN),
    ABORT(MaterialDesignS.STOP_CIRCLE_OUTLINE, Role.DANGER),
    RERUN(MaterialDesignR.REPLAY, Role.ACCENT),
    DELETE(MaterialDesignD.DELETE_OUTLINE, Role.DANGER),
    UPLOAD(MaterialDesignU.UPLOAD, Role.ACCENT),
    DISCARD(MaterialDesignC.CLOSE, Role.PLAIN),
    ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, Role.PLAIN),
    ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, Role.PLAIN),
    ZOOM_FIT(MaterialDesignA.ARROW_EXPAND_HORIZONTAL, Role.PLAIN),
    PRIORITY(MaterialDesignP.PRIORITY_HIGH, Role.PLAIN),
    OPEN_RESULT(MaterialDesignO.OPEN_IN_NEW, Role.PLAIN),
    WHY(MaterialDesignH.HELP_CIRCLE_OUTLINE, Role.INFO),
    NEXT(MaterialDesignA.ARROW_DOWN, Role.PLAIN),
    PREVIOUS(MaterialDesignA.ARROW_UP, Role.PLAIN),
    SWITCH_PANE(MaterialDesignS.SWAP_HORIZONTAL, Role.PLAIN),
    TEXT_SIZE(MaterialDesignF.FORMAT_SIZE, Role.PLAIN),
    THEME(MaterialDesignT.THEME_LIGHT_DARK, Role.PLAIN),
    SHORTCUTS(MaterialDesignK.KEYBOARD, Role.PLAIN),
    QUIT(MaterialDesignE.EXIT_TO_APP, Role.PLAIN),
    SERVER(MaterialDesignS.SERVER, Role.PLAIN),
    SAVE(MaterialDesignC.CONTENT_SAVE, Role.PLAIN),
    FOLDER(MaterialDesignF.FOLDER, Role.PLAIN),
    CURL(MaterialDesignC.CONSOLE, Role.PLAIN),
    ADD(MaterialDesignP.PLUS, Role.PLAIN),
    EDIT(MaterialDesignP.PENCIL, Role.PLAIN),
    DUPLICATE(MaterialDesignC.CONTENT_DUPLICATE, Role.PLAIN),
    IMPORT(MaterialDesignF.FILE_IMPORT, Role.PLAIN),
    CONNECT(MaterialDesignI.IMPORT, Role.ACCENT),
    JOB_RUNNING(MaterialDesignP.PLAY_CIRCLE, Role.NONE),
    JOB_FINISHED(MaterialDesignC.CHECK_CIRCLE, Role.NONE),
    JOB_WARNING(MaterialDesignA.ALERT, Role.NONE),
    JOB_FAILED(MaterialDesignC.CLOSE_CIRCLE, Role.NONE),
    JOB_ABORTED(MaterialDesignS.STOP_CIRCLE, Role.NONE),
    JOB_WAITING(MaterialDesignC.CLOCK_OUTLINE, Role.NONE),
    SEVERITY_ERROR(MaterialDesignA.ALERT_CIRCLE, Role.DANGER),
    SEVERITY_WARNING(MaterialDesignA.ALERT, Role.WARNING),
    SEVERITY_INFO(MaterialDesignI.INFORMATION_OUTLINE, Role.INFO);

    /** What the icon's colour says; {@code NONE} leaves the colour to the surrounding style. */
    public enum Role {
        PLAIN("icon-plain"),
        ACCENT("icon-accent"),
        DANGER("icon-danger"),
        WARNING("icon-warning"),
        INFO("icon-info"),
        NONE("icon-role-none");

        private final String styleClass;

        Role(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private final Ikon ikon;
    private final Role role;

    AppIcon(Ikon ikon, Role role) {
        this.ikon = ikon;
        this.role = role;
    }

    public Ikon ikon() {
        return ikon;
    }

    public Role role() {
        return role;
    }
}
