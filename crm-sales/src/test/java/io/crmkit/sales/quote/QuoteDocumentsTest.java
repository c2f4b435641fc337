package io.crmkit.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import io.crmkit.sales.opportunity.OpportunityId;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class QuoteDocumentsTest {
  static final QuoteParties PARTIES = new QuoteParties("Acme GmbH", "Ada Lovelace");

  @Test
  void theHtmlEscapesHostileNames() {
    Quote q = Quote.draft(new QuoteId("q-1"), QuoteTest.ACME, new OpportunityId("o-1"), Money.currency("EUR"), QuoteTest.BERLIN,
        List.of(QuoteLine.of("X<1>", "<script>alert('x')</script> & \"friends\"", "1", Money.of("10", "EUR"), "19")),
        LocalDate.parse("2026-03-31"), QuoteTest.MARCH_1.instant());

    String html = QuoteDocuments.html(q, new QuoteParties("Acme", "</td><img src=x onerror=alert(1)>\u0000"), QuoteTemplate.defaultTemplate());

    assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("\u0000");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
    assertThat(html).contains("&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;\uFFFD");
    assertThat(html).contains("X&lt;1&gt;");
  }

  @Test
  void aHostTemplateRendersSectionsAndTotals() {
    QuoteTemplate t = QuoteTemplate.of("{{customer}}:{{#lines}} [{{code}} {{net}}]{{/lines}} = {{grandTotal}}{{#taxes}} ({{rate}}%: {{tax}}){{/taxes}}");

    assertThat(QuoteDocuments.html(QuoteTest.draft(), PARTIES, t)).isEqualTo(
        "Ada Lovelace: [CRM-PRO 529.20 EUR] [SMS 1.00 EUR] [ONB 100.00 EUR] = 749.82 EUR (7%: 0.07 EUR) (19%: 119.55 EUR)");
  }

  @Test
  void badTemplatesAreRefusedWhenMade() {
    assertThatThrownBy(() -> QuoteTemplate.of("{{nope}}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("'nope' is not a value"));
    assertThatThrownBy(() -> QuoteTemplate.of("{{#lines}}{{code}}")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> QuoteTemplate.of("{{#lines}}{{/taxes}}")).hasMessageContaining("closes section 'lines'");
    assertThatThrownBy(() -> QuoteTemplate.of("{{code}}")).hasMessageContaining("'code' is not a value here");
    assertThatThrownBy(() -> QuoteTemplate.of("{{customer")).hasMessageContaining("not closed with '}}'");
  }

  @Test
  void thePdfCarriesTheTotalsAndUnicodeNames() throws IOException {
    Quote q = Quote.draft(new QuoteId("q-7"), QuoteTest.ACME, new OpportunityId("o-1"), Money.currency("EUR"), QuoteTest.BERLIN,
        List.of(QuoteLine.of("SVC", "Beratung für Ärzte – Ελληνικά", "2", Money.of("150", "EUR"), "19")),
        LocalDate.parse("2026-03-31"), QuoteTest.MARCH_1.instant());

    byte[] pdf = QuoteDocuments.pdf(q, new QuoteParties("Łódź Sp. z o.o.", "Иван Петров"), QuoteTemplate.defaultTemplate());

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text).contains("300.00 EUR").contains("57.00 EUR").contains("357.00 EUR");
    assertThat(text).contains("Иван Петров").contains("Łódź Sp. z o.o.").contains("Beratung für Ärzte – Ελληνικά");
  }

  @Test
  void theSameQuoteRendersToTheSameBytesDatedFromItsRevision() throws IOException {
    Quote q = QuoteTest.draft();

    byte[] first = QuoteDocuments.pdf(q, PARTIES, QuoteTemplate.defaultTemplate());
    byte[] second = QuoteDocuments.pdf(q, PARTIES, QuoteTemplate.defaultTemplate());

    assertThat(second).isEqualTo(first);
    try (PDDocument doc = Loader.loadPDF(first)) {
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(q.current().createdAt().truncatedTo(ChronoUnit.SECONDS));
      assertThat(doc.getDocumentInformation().getModificationDate().toInstant())
          .isEqualTo(q.current().createdAt().truncatedTo(ChronoUnit.SECONDS));
      COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(((COSString) id.getObject(0)).getBytes())
          .isEqualTo(md5("crmkit-quote\n" + q.id().value() + "\n" + q.current().number()));
    }
  }

  @Test
  void anotherQuoteOrRevisionGetsAnotherIdentifier() throws IOException {
    Quote q = QuoteTest.draft();
    Quote other = Quote.draft(new QuoteId("q-2"), q.tenantId(), q.opportunityId(), q.currency(), q.zone(), q.current().lines(),
        q.current().validUntil(), q.current().createdAt());
    Quote presented = q.present(QuoteTest.clock("2026-03-02T09:30:00.250Z"));

    assertThat(permanentId(QuoteDocuments.pdf(other, PARTIES, QuoteTemplate.defaultTemplate())))
        .isNotEqualTo(permanentId(QuoteDocuments.pdf(q, PARTIES, QuoteTemplate.defaultTemplate())));
    byte[] shown = QuoteDocuments.pdf(presented, PARTIES, QuoteTemplate.defaultTemplate());
    assertThat(permanentId(shown)).as("the same revision keeps its permanent identifier")
        .isEqualTo(permanentId(QuoteDocuments.pdf(q, PARTIES, QuoteTemplate.defaultTemplate())));
    try (PDDocument doc = Loader.loadPDF(shown)) {
      assertThat(doc.getDocumentInformation().getModificationDate().toInstant())
          .isEqualTo(presented.current().presentedAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS));
    }
  }

  @Test
  void htmlAloneRendersToTheSameBytesWithoutDates() throws IOException {
    String html = QuoteDocuments.html(QuoteTest.draft(), PARTIES, QuoteTemplate.defaultTemplate());

    byte[] pdf = QuoteDocuments.pdf(html);

    assertThat(QuoteDocuments.pdf(html)).isEqualTo(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
      assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
    }
  }

  private static byte[] permanentId(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return ((COSString) doc.getDocument().getTrailer().getCOSArray(COSName.ID).getObject(0)).getBytes();
    }
  }

  private static byte[] md5(String text) {
    try {
      return java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void htmlThatIsNotWellFormedIsRefusedForPdf() {
    assertThatThrownBy(() -> QuoteDocuments.pdf("<html><body><p>unclosed</body>")).isInstanceOf(CrmException.class);
  }
}
