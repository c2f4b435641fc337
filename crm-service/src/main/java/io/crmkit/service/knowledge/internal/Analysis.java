package io.crmkit.service.knowledge.internal;

import io.crmkit.core.annotation.Internal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analyzers of the knowledge index: every text field exists once analysed language-neutrally (Unicode word
 * breaks, lower case, English stop words) and, when the article's language has a Lucene analyzer, once more as
 * {@code <field>_<language>} with that language's stemming and stop words.
 */
@Internal
final class Analysis {
  /** The text fields and their boosts: title above question and keywords, above summary, above body and answer. */
  static final Map<String, Float> BOOSTS = boosts();

  private static final Map<String, Supplier<Analyzer>> LANGUAGES = languages();

  private final Analyzer neutral = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  private final Map<String, Analyzer> byLanguage = new LinkedHashMap<>();
  private final Analyzer perField;

  Analysis() {
    Map<String, Analyzer> fields = new LinkedHashMap<>();
    LANGUAGES.forEach((lang, make) -> {
      Analyzer a = make.get();
      byLanguage.put(lang, a);
      BOOSTS.keySet().forEach(f -> fields.put(f + "_" + lang, a));
    });
    perField = new PerFieldAnalyzerWrapper(neutral, fields);
  }

  private static Map<String, Float> boosts() {
    Map<String, Float> b = new LinkedHashMap<>();
    b.put("title", 4f);
    b.put("question", 3f);
    b.put("keywords", 3f);
    b.put("summary", 2f);
    b.put("body", 1f);
    b.put("answer", 1f);
    return java.util.Collections.unmodifiableMap(b);
  }

  private static Map<String, Supplier<Analyzer>> languages() {
    Map<String, Supplier<Analyzer>> m = new LinkedHashMap<>();
    m.put("en", EnglishAnalyzer::new);
    m.put("de", GermanAnalyzer::new);
    m.put("fr", FrenchAnalyzer::new);
    m.put("es", SpanishAnalyzer::new);
    m.put("it", ItalianAnalyzer::new);
    m.put("nl", DutchAnalyzer::new);
    m.put("pt", PortugueseAnalyzer::new);
    m.put("sv", SwedishAnalyzer::new);
    m.put("da", DanishAnalyzer::new);
    m.put("no", NorwegianAnalyzer::new);
    m.put("fi", FinnishAnalyzer::new);
    m.put("ru", RussianAnalyzer::new);
    m.put("ja", CJKAnalyzer::new);
    m.put("zh", CJKAnalyzer::new);
    m.put("ko", CJKAnalyzer::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The analyzer of every field, for the index writer. */
  Analyzer perField() {
    return perField;
  }

  /** The language code of {@code locale} when Lucene has an analyzer for it. */
  static Optional<String> analysedLanguage(Optional<Locale> locale) {
    return locale.map(Locale::getLanguage).filter(LANGUAGES::containsKey);
  }

  /** The indexed name of text field {@code field} for the given analysed language (none: language-neutral). */
  static String fieldName(String field, Optional<String> language) {
    return language.map(l -> field + "_" + l).orElse(field);
  }

  /** The base field of an indexed field name, e.g. {@code title} for {@code title_de}. */
  static String baseField(String indexedField) {
    int u = indexedField.indexOf('_');
    return u < 0 ? indexedField : indexedField.substring(0, u);
  }

  /** The analyzer for text in {@code language} (none: language-neutral). */
  Analyzer analyzer(Optional<String> language) {
    return language.map(byLanguage::get).orElse(neutral);
  }

  /** The analysed terms of {@code text}, in order, repeats kept. */
  List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    tokens(analyzer, field, text, (term, start, end) -> out.add(term));
    return out;
  }

  /** Receives each token of a text: its analysed term and its character offsets in the original text. */
  interface TokenSink {
    void token(String term, int start, int end);
  }

  void tokens(Analyzer analyzer, String field, String text, TokenSink sink) {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sink.token(term.toString(), offset.startOffset(), offset.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing " + field, e);
    }
  }
}
