package org.improvementnotice.testkit.internal;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;

/** Lets {@code @ForAll} parameters of the model's main types work with the testkit's defaults. */
public final class ModelArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Notice.class) || targetType.isOfType(Period.class)
        || targetType.isOfType(Indicator.class) || targetType.isOfType(Requirement.class)
        || targetType.isOfType(NoticeAndData.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(Notice.class)) {
      return Set.of(NoticeArbitraries.notices());
    }
    if (targetType.isOfType(Period.class)) {
      return Set.of(NoticeArbitraries.periods());
    }
    if (targetType.isOfType(Indicator.class)) {
      return Set.of(NoticeArbitraries.indicators());
    }
    if (targetType.isOfType(Requirement.class)) {
      return Set.of(NoticeArbitraries.requirements());
    }
    return Set.of(NoticeArbitraries.noticesWithData());
  }
}
