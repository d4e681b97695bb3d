package jp.manabiba.people;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The households list's search: by family name or its kana (a prefix), by status, and by the fiscal year
 * (年度) in which support ran.
 */
public record HouseholdFilter(@Nullable String search, @Nullable HouseholdStatus status, @Nullable FiscalYear year) {

    public static final HouseholdFilter ALL = new HouseholdFilter(null, null, null);
}
