package io.crmkit.sales.quote;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.crmkit.core.CrmException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

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
 * <p>The PDF is reproducible: the same input gives the same bytes. A quote's PDF ({@link #pdf(Quote,
 * QuoteParties, QuoteTemplate)}) is dated from its current revision — created when the revision was drafted,
 * modified when its status last changed, to the second in UTC — and its file identifier (the trailer's
 * {@code /ID}) is derived from the quote id and revision number (the second half also from the status). A PDF
 * of HTML alone carries no dates and an identifier derived from the HTML. Neither stamps the time of rendering.
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

  /**
   * The current revision of {@code quote} as a PDF through {@code template} (which must be XHTML), dated from
   * the revision and identified by the quote id and revision: the same quote, parties and template give the
   * same bytes.
   *
   * @throws CrmException if the template is not well-formed XHTML or rendering fails
   */
  public static byte[] pdf(Quote quote, QuoteParties parties, QuoteTemplate template) {
    String xhtml = html(quote, parties, template);
    QuoteRevision r = quote.current();
    Instant modified = Stream.of(Optional.of(r.createdAt()), r.presentedAt(), r.decidedAt())
        .flatMap(Optional::stream).max(Instant::compareTo).orElseThrow();
    String permanent = "crmkit-quote\n" + quote.id().value() + "\n" + r.number();
    return render(xhtml, List.of(), new Stamp(Optional.of(r.createdAt()), Optional.of(modified),
        digest(permanent), digest(permanent + "\n" + r.status().stateName())));
  }

  /** {@code xhtml} as a PDF, with DejaVu Sans embedded; no dates, an identifier derived from the HTML. */
  public static byte[] pdf(String xhtml) {
    return pdf(xhtml, List.of());
  }

  /**
   * {@code xhtml} as a PDF, with DejaVu Sans and {@code fonts} embedded; no dates, an identifier derived from
   * the HTML and the font families.
   *
   * @throws CrmException if the HTML is not well-formed or rendering fails
   */
  public static byte[] pdf(String xhtml, List<PdfFont> fonts) {
    Objects.requireNonNull(xhtml, "xhtml");
    List<PdfFont> all = List.copyOf(fonts);
    StringBuilder seed = new StringBuilder("crmkit-html\n").append(xhtml);
    all.forEach(f -> seed.append("\nfont ").append(f.family()));
    byte[] id = digest(seed.toString());
    return render(xhtml, all, new Stamp(Optional.empty(), Optional.empty(), id, id));
  }

  /** What is written into the PDF in place of the renderer's clock and random identifier. */
  private record Stamp(Optional<Instant> created, Optional<Instant> modified, byte[] permanentId, byte[] changingId) {}

  private static byte[] render(String xhtml, List<PdfFont> all, Stamp stamp) {
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
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        // openhtmltopdf dates the document with the system clock and PDFBox seeds /ID from it: replace both
        try (PDDocument document = renderer.createPDFKeepOpen()) {
          PDDocumentInformation info = document.getDocumentInformation();
          info.setCreationDate(stamp.created().map(QuoteDocuments::calendar).orElse(null));
          info.setModificationDate(stamp.modified().map(QuoteDocuments::calendar).orElse(null));
          COSArray id = new COSArray();
          id.add(new COSString(stamp.permanentId()));
          id.add(new COSString(stamp.changingId()));
          document.getDocument().getTrailer().setItem(COSName.ID, id);
          document.save(out);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new CrmException("could not render the quote as PDF (the template must be well-formed XHTML): " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static Calendar calendar(Instant at) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), java.util.Locale.ROOT);
    c.setTimeInMillis(at.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
    return c;
  }

  /** The 16 bytes of MD5, as PDF's own identifier algorithm (ISO 32000-1, 14.4) uses. */
  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = QuoteDocuments.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the resource io/crmkit/sales/quote/" + name + " is missing from crm-sales");
    }
    return in;
  }
}
