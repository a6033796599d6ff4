package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void fileUrisArePaths() {
    assertThat(Origins.forPeople("data from file:///tmp/surrey/")).isEqualTo("data from /tmp/surrey/");
    assertThat(Origins.forPeople("data from file:///tmp/with%20space/d")).isEqualTo("data from /tmp/with space/d");
    assertThat(Origins.forPeople("data from jar:file:///opt/app/examples.jar!/data/kent-2011/"))
        .isEqualTo("data from data/kent-2011/ in /opt/app/examples.jar");
  }

  @Test
  void otherTextIsLeftAlone() {
    assertThat(Origins.forPeople("no data directory found: evaluated with empty performance data"))
        .isEqualTo("no data directory found: evaluated with empty performance data");
    assertThat(Origins.forPeople("data from /already/a/path")).isEqualTo("data from /already/a/path");
    assertThat(Origins.forPeople("data from file:bad uri")).isEqualTo("data from file:bad uri");
  }
}
