package jp.manabiba.curriculum.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.Token;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttributeImpl;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.AttributeImpl;
import org.jspecify.annotations.Nullable;

/**
 * Words and their readings from Lucene's Kuromoji (IPADIC inside the jar). NORMAL mode: one token per dictionary
 * word, so 大切 and 八百屋 come whole with the reading of the whole word (SEARCH mode would split compounds and add
 * overlapping tokens). Punctuation is kept so that offsets cover the text. A tokenizer is made per call: the
 * dictionaries behind it are shared singletons, the tokenizer itself is not thread-safe.
 */
final class KuromojiReadings {

    private final @Nullable UserDictionary userDictionary;

    KuromojiReadings(@Nullable UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
    }

    /** The words of {@code text}; stops early (returns what it has) once {@code deadlineNanos} has passed. */
    List<Morpheme> words(String text, long deadlineNanos) {
        var words = new ArrayList<Morpheme>();
        try (var tokenizer = new JapaneseTokenizer(TokenCapture.FACTORY, userDictionary, false, true,
                JapaneseTokenizer.Mode.NORMAL)) {
            var offsets = tokenizer.addAttribute(OffsetAttribute.class);
            var reading = tokenizer.addAttribute(ReadingAttribute.class);
            var pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = offsets.startOffset();
                int end = offsets.endOffset();
                var token = ((TokenCapture) reading).token;
                var source = token == null || token.isUnknown() ? Morpheme.Source.UNKNOWN
                        : token.isUser() ? Morpheme.Source.USER_DICTIONARY : Morpheme.Source.SYSTEM_DICTIONARY;
                String katakana = reading.getReading();
                String partOfSpeech = pos.getPartOfSpeech();
                words.add(new Morpheme(start, end, text.substring(start, end),
                        katakana == null ? null : Kana.toHiragana(katakana),
                        partOfSpeech == null ? "" : partOfSpeech, source));
                if (System.nanoTime() - deadlineNanos > 0) {
                    break;
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Kuromoji tells whether a token is known, unknown or from the user dictionary only on its Token; the reading
     * attribute is handed that Token, so this one keeps it for the reading check.
     */
    public static final class TokenCapture extends ReadingAttributeImpl {

        static final AttributeFactory FACTORY = new AttributeFactory() {
            @Override
            public AttributeImpl createAttributeInstance(Class<? extends org.apache.lucene.util.Attribute> type) {
                return type == ReadingAttribute.class ? new TokenCapture()
                        : AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY.createAttributeInstance(type);
            }
        };

        private @Nullable Token token;

        @Override
        public void setToken(Token token) {
            super.setToken(token);
            this.token = token;
        }

        @Override
        public void clear() {
            super.clear();
            token = null;
        }
    }
}
