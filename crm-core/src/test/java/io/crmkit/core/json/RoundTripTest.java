package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every sample value survives value → JSON → value")
class RoundTripTest {

  static Stream<Arguments> samples() {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Object>> e : JsonSamples.all().entrySet()) {
      int i = 0;
      for (Object v : e.getValue()) {
        out.add(Arguments.of(e.getKey().getName().replace("io.crmkit.core.", "") + "#" + i++, v));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void roundTrips(String name, Object value) {
    String json = CrmJson.write(value);
    Object back = CrmJson.read(json, value.getClass());
    assertThat(back).as(json).isEqualTo(value);
    assertThat(CrmJson.write(back)).isEqualTo(json);
  }
}
