package dev.fridgechef.gui.main;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.chat.ChatView;
import dev.fridgechef.gui.diary.DiaryView;
import dev.fridgechef.gui.fridge.FridgeView;
import dev.fridgechef.gui.plan.PlanView;
import dev.fridgechef.gui.profile.ProfileView;
import dev.fridgechef.gui.recipes.RecipesView;
import dev.fridgechef.gui.settings.SettingsView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Function;

/** The pages of the main window, in the order of the side bar (Ctrl+1 … Ctrl+7). */
public enum Section {
    FRIDGE(Feather.BOX, FridgeView::new),
    PLAN(Feather.CALENDAR, PlanView::new),
    RECIPES(Feather.BOOK_OPEN, RecipesView::new),
    PROFILE(Feather.USER, ProfileView::new),
    SETTINGS(Feather.SETTINGS, SettingsView::new),
    CHAT(Feather.MESSAGE_CIRCLE, ChatView::new),
    DIARY(Feather.BOOK, DiaryView::new);

    private final Ikon icon;
    private final Function<GuiSession, View> factory;

    Section(Ikon icon, Function<GuiSession, View> factory) {
        this.icon = icon;
        this.factory = factory;
    }

    public Ikon icon() {
        return icon;
    }

    /** The side-bar label's key, e.g. "nav.fridge". */
    public String titleKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The id tests look the button up by, e.g. "#nav-fridge". */
    public String buttonId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    View create(GuiSession session) {
        return factory.apply(session);
    }
}
