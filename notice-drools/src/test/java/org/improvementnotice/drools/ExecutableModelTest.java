package org.improvementnotice.drools;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A rule module built without its executable model, or with a list naming the wrong classes, fails at load with
 * a message naming the module and the list. (Loading real models is tested by notice-rules and notice-alerts.)
 */
class ExecutableModelTest {
  static final String HERE = "/org/improvementnotice/drools/";

  @Test
  void aMissingListSaysHowTheJarMustBeBuilt() {
    assertThatThrownBy(() -> ExecutableModel.load(ExecutableModelTest.class, HERE + "no-such-list", "some-rules"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No executable rule model at " + HERE + "no-such-list")
        .hasMessageContaining("the some-rules jar must be built with kie-maven-plugin and generateModel=YES");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThatThrownBy(() -> ExecutableModel.load(ExecutableModelTest.class, HERE + "empty-model", "some-rules"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The executable rule model of some-rules at " + HERE + "empty-model lists no model classes");
  }

  @Test
  void aListedClassThatIsNotAModelIsNamed() {
    assertThatThrownBy(() -> ExecutableModel.load(ExecutableModelTest.class, HERE + "not-a-model", "some-rules"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lists java.lang.String, which is not a rule model");
  }

  @Test
  void aListedClassThatCannotBeLoadedIsNamed() {
    assertThatThrownBy(() -> ExecutableModel.load(ExecutableModelTest.class, HERE + "missing-class", "some-rules"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot load the executable rule model of some-rules")
        .hasMessageContaining("org.improvementnotice.drools.NoSuchModel");
  }
}
