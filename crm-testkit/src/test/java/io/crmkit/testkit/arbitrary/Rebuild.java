package io.crmkit.testkit.arbitrary;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Re-runs a record's canonical (validating) constructor on its own components. */
final class Rebuild {
  private Rebuild() {}

  @SuppressWarnings("unchecked")
  static <R extends Record> R record(R r) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Object[] args = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        components[i].getAccessor().setAccessible(true);
        args[i] = components[i].getAccessor().invoke(r);
      }
      Constructor<?> c = r.getClass().getDeclaredConstructor(types);
      c.setAccessible(true);
      return (R) c.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
