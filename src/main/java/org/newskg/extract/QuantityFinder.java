package org.newskg.extract;

import java.util.List;

/** The numbers the trigger's clause attaches to the event, with what they count. */
public interface QuantityFinder {
  List<Quantity> quantitiesOf(TriggerContext context);
}
