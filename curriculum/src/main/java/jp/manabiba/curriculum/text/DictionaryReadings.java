package jp.manabiba.curriculum.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.ja.dict.JaMorphData;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * Every reading Kuromoji's system dictionary (IPADIC) has for exactly this surface: 行っ is いっ (行く) and おこなっ
 * (行う), 市場 いちば and しじょう. More than one means the analyser chose by context, which an author should confirm.
 */
final class DictionaryReadings {

    private DictionaryReadings() {
    }

    static Set<String> of(String surface) {
        var dictionary = TokenInfoDictionary.getInstance();
        var fst = dictionary.getFST();
        var reader = fst.getBytesReader();
        var arc = fst.getFirstArc(new FST.Arc<>());
        var readings = new TreeSet<String>();
        char[] chars = surface.toCharArray();
        try {
            long output = 0;
            for (int i = 0; i < chars.length; i++) {
                if (fst.findTargetArc(chars[i], arc, arc, i == 0, reader) == null) {
                    return readings;
                }
                output += arc.output();
            }
            if (!arc.isFinal()) {
                return readings;
            }
            var ids = new IntsRef();
            JaMorphData morphData = dictionary.getMorphAttributes();
            dictionary.lookupWordIds((int) (output + arc.nextFinalOutput()), ids);
            for (int i = 0; i < ids.length; i++) {
                String reading = morphData.getReading(ids.ints[ids.offset + i], chars, 0, chars.length);
                if (reading != null) {
                    readings.add(Kana.toHiragana(reading));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }
}
