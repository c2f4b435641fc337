package io.crmkit.sales.quote;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.crmkit.core.CrmException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders the current revision of a {@link Quote} through a {@link QuoteTemplate} to HTML, and that HTML to PDF
 * with openhtmltopdf. Amounts print as {@code 1234.50 EUR} (rounded to the currency's minor units).
 *
 * <p>Values: {@code quoteId}, {@code revision}, {@code opportunityId}, {@code seller}, {@code customer},
 * {@code currency}, {@code validUntil} (ISO date), {@code status}, {@code net}, {@code tax}, {@code grandTotal};
 * in {@code {{#lines}}}: {@code code}, {@code name}, {@code quantity}, {@code unitPrice}, {@code discountPercent},
 * {@code taxRatePercent}, {@code net}; in {@code {{#taxes}}}: {@code rate}, {@code net}, {@code tax}.
 *
 * <p>The PDF embeds DejaVu Sans (shipped with crm-sales under its free licence, {@code
 * io/crmkit/sales/quote/fonts/DejaVu-LICENSE.txt}) as the font family {@code DejaVu Sans}, which covers Latin,
 * Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic script; text outside it (e.g. Chinese, Japanese) shows
 * as missing glyphs unless the host adds a font with {@link #pdf(String, List)}.
 *
 * <pre>{@code
 * String html = QuoteDocuments.html(quote, new QuoteParties("Acme GmbH", "Ada Lovelace"), QuoteTemplate.defaultTemplate());
 * byte[] pdf = QuoteDocuments.pdf(html);
 * }</pre>
 */
public final class QuoteDocuments {
  /** The font family name of the embedded DejaVu Sans. */
  public static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONT_RESOURCE = "fonts/DejaVuSans.ttf";

  static final Set<String> VALUES = Set.of(
      "quoteId", "revision", "opportunityId", "seller", "customer", "currency", "validUntil", "status", "net", "tax", "grandTotal");
  static final Map<String, Set<String>> SECTIONS = Map.of(
      "lines", Set.of("code", "name", "quantity", "unitPrice", "discountPercent", "taxRatePercent", "net"),
      "taxes", Set.of("rate", "net", "tax"));

  /** A font a host adds for PDF output, under the CSS {@code font-family} name {@code family}. */
  public record PdfFont(String family, FontSource source) {
    public PdfFont {
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(source, "source");
    }
  }

  /** Opens a TrueType font each time it is called, e.g. {@code () -> Files.newInputStream(path)}. */
  @FunctionalInterface
  public interface FontSource {
    InputStream open() throws IOException;
  }

  private QuoteDocuments() {}

  /** The current revision of {@code quote} as HTML through {@code template}; every value is HTML-escaped. */
  public static String html(Quote quote, QuoteParties parties, QuoteTemplate template) {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(template, "template");
    QuoteRevision r = quote.current();
    QuoteTotals totals = quote.totals();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("quoteId", quote.id().value());
    values.put("revision", Integer.toString(r.number()));
    values.put("opportunityId", quote.opportunityId().value());
    values.put("seller", parties.seller());
    values.put("customer", parties.customer());
    values.put("currency", quote.currency().getCurrencyCode());
    values.put("validUntil", r.validUntil().toString());
    values.put("status", r.status().stateName());
    values.put("net", totals.net().toString());
    values.put("tax", totals.tax().toString());
    values.put("grandTotal", totals.grandTotal().toString());
    List<Map<String, String>> lines = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      QuoteLine l = r.lines().get(i);
      lines.add(Map.of(
          "code", l.productCode(),
          "name", l.productName(),
          "quantity", l.quantity().stripTrailingZeros().toPlainString(),
          "unitPrice", l.unitPrice().toString(),
          "discountPercent", l.discountPercent().toPlainString(),
          "taxRatePercent", l.taxRatePercent().toPlainString(),
          "net", totals.lineNets().get(i).toString()));
    }
    List<Map<String, String>> taxes = totals.taxes().stream()
        .map(t -> Map.of("rate", t.ratePercent().toPlainString(), "net", t.net().toString(), "tax", t.tax().toString()))
        .toList();
    return template.render(values, Map.of("lines", lines, "taxes", taxes));
  }

  /** The current revision of {@code quote} as a PDF through {@code template} (which must be XHTML). */
  public static byte[] pdf(Quote quote, QuoteParties parties, QuoteTemplate template) {
    return pdf(html(quote, parties, template));
  }

  /** {@code xhtml} as a PDF, with DejaVu Sans embedded. */
  public static byte[] pdf(String xhtml) {
    return pdf(xhtml, List.of());
  }

  /**
   * {@code xhtml} as a PDF, with DejaVu Sans and {@code fonts} embedded.
   *
   * @throws CrmException if the HTML is not well-formed or rendering fails
   */
  public static byte[] pdf(String xhtml, List<PdfFont> fonts) {
    Objects.requireNonNull(xhtml, "xhtml");
    List<PdfFont> all = List.copyOf(fonts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> resource(FONT_RESOURCE), FONT_FAMILY);
      for (PdfFont f : all) {
        builder.useFont(() -> {
          try {
            return f.source().open();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }, f.family());
      }
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new CrmException("could not render the quote as PDF (the template must be well-formed XHTML): " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static InputStream resource(String name) {
    InputStream in = QuoteDocuments.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the resource io/crmkit/sales/quote/" + name + " is missing from crm-sales");
    }
    return in;
  }
}
