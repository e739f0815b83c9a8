package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The uncertainty tab warns on screen when a slider leaves its uncertainty range. */
@ExtendWith(ApplicationExtension.class)
class RangeWarningUiTest {

  private Explorer explorer;

  @Start
  void start(Stage stage) {
    explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
    stage.show();
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(
        () ->
            List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != explorer.window().scene().getWindow())
                .forEach(Window::hide));
    explorer.charts().close();
    explorer.analysis().close();
  }

  @Test
  void shouldWarnAboutATokenPriceAboveItsRangeAndClearWhenItIsBack(FxRobot robot) {
    // given the uncertainty tab on the essay (token price range p5 0.3 .. p95 3)
    robot.clickOn("#tab-uncertainty");
    FxWait.until(() -> robot.lookup("#mc-range-warning").tryQuery().isPresent());
    Label warning = robot.lookup("#mc-range-warning").queryAs(Label.class);
    assertFalse(warning.isVisible(), "the essay's sliders are inside their ranges");

    // when the token price slider goes to 10x
    robot.interact(() -> explorer.vm().parameter("depin.tokenPriceMultiplier").commitText("10"));

    // then one visible line names it
    FxWait.until(warning::isVisible);
    assertTrue(warning.getText().contains("Token price 10 (range 0.3–3)"), warning.getText());
    assertTrue(warning.getHeight() > 0 && warning.getWidth() > 100, "laid out on screen");

    // and it goes once the slider is back inside
    robot.interact(() -> explorer.vm().parameter("depin.tokenPriceMultiplier").commitText("2"));
    FxWait.until(() -> !warning.isVisible());
  }
}
