package jp.manabiba.training.certificate;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes are unambiguous and random; whatever way a person types one, it finds the stored form. */
class VerificationCodesTest {

    @Test
    void codes_are_two_groups_of_five_without_characters_people_misread() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}").doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).as("no repeats among 2,000 random codes").hasSize(2_000);
    }

    @Test
    void lower_case_spaces_and_hyphens_do_not_matter() {
        assertThat(VerificationCodes.normalise("abcde-fghjk")).contains("ABCDE-FGHJK");
        assertThat(VerificationCodes.normalise("  abcde fghjk ")).contains("ABCDE-FGHJK");
        assertThat(VerificationCodes.normalise("ABCDEFGHJK")).contains("ABCDE-FGHJK");
        assertThat(VerificationCodes.normalise("ab-cd-ef-gh-jk")).contains("ABCDE-FGHJK");
    }

    @Test
    void full_width_characters_from_a_japanese_input_method_are_read_as_ascii() {
        assertThat(VerificationCodes.normalise("ＡＢＣＤＥ－ＦＧＨＪＫ")).contains("ABCDE-FGHJK");
        assertThat(VerificationCodes.normalise("ａｂｃｄｅ　ｆｇｈｊｋ")).contains("ABCDE-FGHJK");
        assertThat(VerificationCodes.normalise("ＡＢＣＤＥーＦＧＨＪＫ")).as("the long-vowel mark typed for a dash").contains("ABCDE-FGHJK");
        assertThat(VerificationCodes.normalise("２３４５６‐７８９ＡＢ")).contains("23456-789AB");
    }

    @Test
    void what_cannot_be_a_code_is_not_one() {
        assertThat(VerificationCodes.normalise("ABCDE-FGHJ")).as("too short").isEmpty();
        assertThat(VerificationCodes.normalise("ABCDE-FGHJKM")).as("too long").isEmpty();
        assertThat(VerificationCodes.normalise("ABCDE-FGH1K")).as("1 is never in a code").isEmpty();
        assertThat(VerificationCodes.normalise("OBCDE-FGHJK")).as("O is never in a code").isEmpty();
        assertThat(VerificationCodes.normalise("")).isEmpty();
        assertThat(VerificationCodes.normalise("修了証です")).isEmpty();
    }
}
