package jp.manabiba.surveys;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Matches a POST survey's responses with its PRE survey's: anonymous ones by the pair code the respondent kept,
 * identified ones by the person (the same account, or the same household for guardians).
 */
@Component
class Pairs {

    /** One matched pair: the response ids before and after. */
    record Pair(byte[] before, byte[] after) {
    }

    private final JdbcClient jdbc;

    Pairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pairs whose POST response answered version {@code postVersionId}. */
    List<Pair> of(SurveyHeader post, long postVersionId) {
        if (post.pairRole() != PairRole.POST || post.pairedWithId() == null) {
            return List.of();
        }
        String sql = post.anonymous() ? """
                select pre.id, post.id from survey_response post join survey_response pre
                  on pre.pair_code = post.pair_code and pre.survey_id = :pre and pre.submitted
                where post.survey_id = :post and post.version_id = :version and post.submitted
                  and post.pair_code is not null""" : """
                select pre.id, post.id from survey_response post
                join survey_response_owner po on po.response_id = post.id
                join survey_invitation pi on pi.id = po.invitation_id
                join survey_invitation qi on qi.survey_id = :pre
                  and (qi.account_id = pi.account_id or qi.household_id = pi.household_id)
                join survey_response_owner qo on qo.invitation_id = qi.id
                join survey_response pre on pre.id = qo.response_id and pre.submitted
                where post.survey_id = :post and post.version_id = :version and post.submitted""";
        return new ArrayList<>(jdbc.sql(sql).param("pre", post.pairedWithId()).param("post", post.id())
                .param("version", postVersionId)
                .query((rs, row) -> new Pair(rs.getBytes(1), rs.getBytes(2))).list());
    }
}
