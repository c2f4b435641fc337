package io.crmkit.marketing.template;

import io.crmkit.marketing.template.internal.MustacheTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link MessageTemplate} checked and compiled, ready to render for any number of recipients (thread-safe).
 * Made by {@link Templates#compile}.
 *
 * <pre>{@code
 * RenderedMessage forAda = compiled.render(MergeContext.of(ada));   // applies the template's policy
 * RenderedMessage look = compiled.preview(MergeContext.of(ada));    // never fails: missing fields shown as «field»
 * }</pre>
 */
public final class CompiledTemplate {
  private final MessageTemplate template;
  private final Optional<MustacheTemplate> subject;
  private final Optional<MustacheTemplate> html;
  private final MustacheTemplate text;

  CompiledTemplate(MessageTemplate template) {
    this.template = template;
    this.subject = template.subject().map(s -> MustacheTemplate.compile(s, TemplatePart.SUBJECT));
    this.html = template.html().map(s -> MustacheTemplate.compile(s, TemplatePart.HTML));
    this.text = MustacheTemplate.compile(template.text(), TemplatePart.TEXT);
  }

  /** The template this was compiled from. */
  public MessageTemplate template() {
    return template;
  }

  /** Every merge field the template uses (values and sections), in order of first use, without repeats. */
  public List<String> fields() {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (MustacheTemplate part : parts()) {
      part.slots().forEach(s -> out.add(s.field()));
      out.addAll(part.sections());
    }
    return List.copyOf(out);
  }

  /**
   * Renders for one recipient under the template's {@link MissingFieldPolicy}.
   *
   * @throws MissingMergeFieldException under {@link MissingFieldPolicy#fail()}, for the first missing field
   */
  public RenderedMessage render(MergeContext context) {
    return render(context, false);
  }

  /**
   * Renders for one recipient as a marketer's preview: like {@link #render} but a missing field under the fail
   * policy shows as {@code «field»} instead of failing; {@link RenderedMessage#missing()} lists them all.
   */
  public RenderedMessage preview(MergeContext context) {
    return render(context, true);
  }

  private RenderedMessage render(MergeContext context, boolean preview) {
    Objects.requireNonNull(context, "context");
    io.crmkit.core.ValidationException.check(context.contact().tenantId().equals(template.tenantId()), "context",
        "the contact belongs to tenant " + context.contact().tenantId() + ", the template to " + template.tenantId());
    List<MissingField> missing = new ArrayList<>();
    Optional<String> s = subject.map(p -> renderPart(p, context, preview, missing));
    Optional<String> h = html.map(p -> renderPart(p, context, preview, missing));
    String t = renderPart(text, context, preview, missing);
    return new RenderedMessage(s, h, t, missing);
  }

  private String renderPart(MustacheTemplate part, MergeContext context, boolean preview, List<MissingField> missing) {
    Set<String> present = new HashSet<>();
    for (String section : part.sections()) {
      if (MergeFields.resolve(context, section).isPresent()) {
        present.add(section);
      }
    }
    List<String> values = new ArrayList<>(part.slots().size());
    for (MustacheTemplate.Slot slot : part.slots()) {
      if (!slot.isRendered(present)) {
        values.add("");
        continue;
      }
      Optional<String> value = MergeFields.resolve(context, slot.field());
      if (value.isPresent()) {
        values.add(value.get());
        continue;
      }
      String instead;
      MissingFieldPolicy policy = template.policy();
      if (policy instanceof MissingFieldPolicy.Fallback f) {
        instead = f.valueFor(slot.field());
      } else if (policy instanceof MissingFieldPolicy.Empty) {
        instead = "";
      } else if (preview) {
        instead = "«" + slot.field() + "»";
      } else {
        throw new MissingMergeFieldException(new MissingField(slot.field(), part.part(), slot.line(), slot.column(), ""));
      }
      missing.add(new MissingField(slot.field(), part.part(), slot.line(), slot.column(), instead));
      values.add(instead);
    }
    return part.render(values, present);
  }

  private List<MustacheTemplate> parts() {
    List<MustacheTemplate> out = new ArrayList<>();
    subject.ifPresent(out::add);
    html.ifPresent(out::add);
    out.add(text);
    return out;
  }
}
