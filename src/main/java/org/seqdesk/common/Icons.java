package org.seqdesk.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Puts {@link AppIcon}s on controls. Icons are glyphs of one font, sized in {@code em} by the
 * stylesheet so they grow with the text size, and coloured by their role's style class.
 */
public final class Icons {
    /** The style class every icon of the app carries. */
    public static final String STYLE_CLASS = "app-icon";

    private Icons() {}

    /** A new glyph for {@code icon}, with its role's style class. */
    public static FontIcon of(AppIcon icon) {
        FontIcon glyph = new FontIcon(icon.ikon());
        glyph.getStyleClass().addAll(STYLE_CLASS, icon.role().styleClass());
        // A glyph is decoration: the control it sits on carries the words.
        glyph.setFocusTraversable(false);
        return glyph;
    }

    /** Shows {@code icon} before the control's text. */
    public static <T extends Labeled> T on(T control, AppIcon icon) {
        control.setGraphic(of(icon));
        return control;
    }

    /** Shows {@code icon} before the menu item's text. */
    public static MenuItem on(MenuItem item, AppIcon icon) {
        item.setGraphic(of(icon));
        return item;
    }

    /**
     * Shows only {@code icon}; the text stays the control's accessible name and becomes its tooltip
     * when it has none.
     */
    public static <T extends ButtonBase> T only(T button, AppIcon icon) {
        return iconOnly(on(button, icon));
    }

    /** Like {@link #only(ButtonBase, AppIcon)} for a button that already shows its icon. */
    public static <T extends ButtonBase> T iconOnly(T button) {
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(button.getText());
        if (button.getTooltip() == null) {
            button.setTooltip(new Tooltip(button.getText()));
        }
        button.getStyleClass().add("icon-only");
        return button;
    }
}
