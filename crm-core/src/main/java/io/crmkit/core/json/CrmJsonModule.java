package io.crmkit.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crmkit.core.field.CustomFields;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.module.SimpleModule;

/** The Jackson module behind {@link CrmJson#module()}: the rules of the crmkit JSON format, in one place. */
final class CrmJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  CrmJsonModule() {
    super("crmkit");
    StringForms.register(this);
    setMixInAnnotation(CustomFields.class, CustomFieldsMixIn.class);
    // sets keep the order they were written in (Criteria.in values, for one)
    addAbstractTypeMapping(Set.class, LinkedHashSet.class);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new StringForms.IdDeserializers());
    context.addKeyDeserializers(new StringForms.IdKeyDeserializers());
    context.insertAnnotationIntrospector(new DomainIntrospector());
    context.addValueInstantiators(new RecordArguments());
    JsonInclude.Value absentLeftOut = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    for (Class<?> optional : new Class<?>[] {Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class}) {
      context.configOverride(optional).setIncludeAsProperty(absentLeftOut);
    }
  }
}
