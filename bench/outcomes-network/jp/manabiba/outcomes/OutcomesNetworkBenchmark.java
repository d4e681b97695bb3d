package jp.manabiba.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jp.manabiba.base.MonthRange;
import jp.manabiba.bench.ServerCounters;
import jp.manabiba.bench.SqlLog;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13's network benchmark: a fiscal year of 20 organisations ({@link NetworkSeed}) and the outcome dashboard
 * ({@link OutcomeDashboard#cards}, what /outcomes shows: the year and the programme to date of every indicator) as
 * an administrator (the network) and as one organisation's coordinator, each indicator on its own, and the
 * network's Excel export ({@link OutcomeReports}) with CSV and PDF once. Statements are the database's own count
 * (the figure services read through JdbcTemplate, which Hibernate's statistics do not see) and Hibernate's. Not a
 * test: run it on purpose (bench/README.md) and copy the report into docs/benchmarks.md.
 */
@SpringBootTest(properties = {
        "manabiba.data-dir=target/bench-data",
        "manabiba.db.embedded.fresh=true",
        "manabiba.db.embedded.database=manabiba_bench",
        "manabiba.demo.enabled=false",
        "manabiba.outcomes.network-max-age=PT10M", // as in production: the network's figures kept counted
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=jp.manabiba.bench.SqlLog",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"})
class OutcomesNetworkBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 20;
    private static final int EXPORT_RUNS = 10;
    private static final int INDICATOR_RUNS = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    OutcomeReports reports;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    IndicatorFigures figures;
    @Autowired
    Periods periods;
    @Autowired
    NetworkFigures networkFigures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;
    private long counterCost;

    @Test
    void network_dashboard_and_export() {
        long began = System.nanoTime();
        NetworkSeed.Network network = new NetworkSeed(context, jdbc, periods.firstYear()).seed();
        String seeded = "Seeded in %.0f s: %s".formatted((System.nanoTime() - began) / 1e9, network.rows());
        System.out.println(seeded);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        counterCost = counterCost();
        Acting acting = new Acting(context);
        TestPrincipal admin = TestPrincipal.demo(context, NetworkSeed.ADMIN);
        TestPrincipal coordinator = TestPrincipal.demo(context, network.coordinatorOfFirst());
        long organisation = network.organisations().getFirst();
        FiscalYear year = periods.currentYear();

        List<IndicatorCard> networkCards = acting.as(admin, () -> dashboard.cards(null, year));
        List<IndicatorCard> ownCards = acting.as(coordinator, () -> dashboard.cards(organisation, year));
        String values = values(networkCards, ownCards);
        System.out.println(values);

        List<String> table = new ArrayList<>(List.of("| what | runs | statements per run (database / Hibernate) | median / p95 / max ms |",
                "|---|---|---|---|"));
        // the counting itself, as the background refresh does it every five minutes (what every open cost before)
        Run<?> recountRun = measure(acting, admin, 1, 5, () -> {
            networkFigures.recount();
            return null;
        });
        table.add(row("network's figures counted (the refresh in the background: every card, year + programme to date)", recountRun));
        Run<?> networkRun = measure(acting, admin, WARM_UP, RUNS, () -> dashboard.cards(null, year));
        table.add(row("dashboard, network (administrator), opened on the kept figures: 21 cards", networkRun));
        Run<?> ownRun = measure(acting, coordinator, WARM_UP, RUNS, () -> dashboard.cards(organisation, year));
        table.add(row("dashboard, one organisation (its coordinator)", ownRun));
        Run<ReportFile> xlsx = measure(acting, admin, 2, EXPORT_RUNS,
                () -> reports.export(null, year, ReportFormat.XLSX, Locale.JAPANESE));
        table.add(row("Excel export of the network (%,d bytes)".formatted(xlsx.result().bytes().length), xlsx));
        Run<ReportFile> csv = measure(acting, admin, 0, 1, () -> reports.export(null, year, ReportFormat.CSV, Locale.JAPANESE));
        table.add(row("CSV export of the network, once (%,d bytes)".formatted(csv.result().bytes().length), csv));
        Run<ReportFile> pdf = measure(acting, admin, 0, 1, () -> reports.export(null, year, ReportFormat.PDF, Locale.JAPANESE));
        table.add(row("PDF export of the network, once (%,d bytes)".formatted(pdf.result().bytes().length), pdf));

        String perIndicator = perIndicator(acting, admin, year);
        String readiness = readinessBeforeAndAfter(acting, admin, year);
        String plans = explain(network.organisations(), periods.fiscalYear(year).range());
        List<String> hibernate = sqlOfOneDashboard(acting, admin, year);
        String report = String.join("\n", String.join("\n", table), "",
                "Load (1 / 5 / 15 min): " + jp.manabiba.bench.Figures.load() + "; " + seeded, "", values, "", perIndicator, "",
                "Hibernate's statements in one network dashboard (the rest are JdbcTemplate's figure queries): "
                        + hibernate.size(), summary(hibernate), "", readiness, "", plans);
        jp.manabiba.bench.Figures.report("bench-outcomes-network", report);
        requirePlausible(networkCards);
    }

    /** Each indicator alone as the network's card counts it: the year and the programme to date. */
    private String perIndicator(Acting acting, TestPrincipal admin, FiscalYear year) {
        List<Long> all = acting.as(admin, () -> context.getBean(OutcomesAccess.class).view(null).organisations());
        MonthRange yearRange = periods.fiscalYear(year).range();
        MonthRange programme = periods.programmeToDate().range();
        List<String> rows = new ArrayList<>(List.of(
                "| indicator | statements: year / programme to date (database) | year median / max ms | programme median / max ms |",
                "|---|---|---|---|"));
        for (Indicator indicator : transactions.execute(status -> indicators.inOrder())) {
            IndicatorInfo info = indicator.info();
            if (!figures.counted(info)) {
                continue;
            }
            Run<?> y = measure(acting, admin, 1, INDICATOR_RUNS, () -> transactions.execute(
                    status -> figures.figures(info, yearRange, all)));
            Run<?> p = measure(acting, admin, 1, INDICATOR_RUNS, () -> transactions.execute(
                    status -> figures.figures(info, programme, all)));
            rows.add("| %s | %s / %s | %s | %s |".formatted(info.code(), y.statementText(), p.statementText(),
                    medianMax(y.nanos()), medianMax(p.nanos())));
        }
        return String.join("\n", rows) + "\n\n(programme to date: " + programme.first() + " to " + programme.last()
                + "; each count includes the access check's statement of the figure service)";
    }

    /**
     * SUPPORTERS_READY before (one standings statement per month, ReadinessBefore) and now (one statement for every
     * month), for the network's year and programme to date; both must count the same, month by month.
     */
    private String readinessBeforeAndAfter(Acting acting, TestPrincipal admin, FiscalYear year) {
        List<Long> all = acting.as(admin, () -> context.getBean(OutcomesAccess.class).view(null).organisations());
        jp.manabiba.training.ReadinessBefore before = new jp.manabiba.training.ReadinessBefore(context);
        IndicatorQuery now = figures.query("SUPPORTERS_READY").orElseThrow();
        List<String> rows = new ArrayList<>(List.of("| SUPPORTERS_READY | statements (database) | median / p95 / max ms |",
                "|---|---|---|"));
        for (MonthRange range : List.of(periods.fiscalYear(year).range(), periods.programmeToDate().range())) {
            Run<Map<Long, Map<java.time.YearMonth, Long>>> old = measure(acting, admin, 1, INDICATOR_RUNS,
                    () -> transactions.execute(status -> before.perMonth(all, range)));
            Run<List<jp.manabiba.base.MonthlyCount>> one = measure(acting, admin, 1, INDICATOR_RUNS,
                    () -> transactions.execute(status -> now.compute(range, all)));
            Map<Long, Map<java.time.YearMonth, Long>> counted = new java.util.TreeMap<>();
            one.result().stream().filter(r -> r.organisation() != null && r.month() != null).forEach(r ->
                    counted.computeIfAbsent(r.organisation(), o -> new java.util.TreeMap<>()).put(r.month(), r.count()));
            if (!counted.equals(old.result())) {
                throw new IllegalStateException("ready at month end differs: before " + old.result() + ", now " + counted);
            }
            String months = range.first() + "–" + range.last();
            rows.add("| before: a standings statement a month, %s | %s | %s |".formatted(months, old.statementText(),
                    jp.manabiba.bench.Figures.percentiles(old.nanos())));
            rows.add("| now: one statement, %s (same counts, month by month) | %s | %s |".formatted(months,
                    one.statementText(), jp.manabiba.bench.Figures.percentiles(one.nanos())));
        }
        return String.join("\n", rows);
    }

    /** EXPLAIN of the figure statements over the most rows, as the figure services send them for the network's year. */
    private String explain(List<Long> organisations, MonthRange range) {
        Map<String, Object> parameters = Map.of("organisations", organisations, "fromDate", range.firstDay(),
                "endDate", range.endDay(), "fromTime", range.startUtc(), "endTime", range.endUtc(), "offsetMinutes", 540);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<String> lines = new ArrayList<>(List.of("EXPLAIN (table:type:key:rows:Extra) of the largest figure statements:"));
        for (String constant : List.of("jp.manabiba.tutoring.SessionFigures#CHILDREN", "jp.manabiba.tutoring.SessionFigures#RATE",
                "jp.manabiba.tutoring.SessionFigures#MINUTES_PER_CHILD", "jp.manabiba.assignments.WorkFigures#COMPLETED",
                "jp.manabiba.people.HouseholdFigures#SUPPORTED", "jp.manabiba.learning.EsdFigures#GROWTH")) {
            String sql = constant(constant);
            List<String> plan = named.query("EXPLAIN " + sql, parameters, (row, i) -> row.getString("table") + ":"
                    + row.getString("type") + ":" + row.getString("key") + ":" + row.getString("rows") + ":" + row.getString("Extra"));
            lines.add("- " + constant.substring(constant.lastIndexOf('.') + 1) + ": " + plan);
        }
        return String.join("\n", lines);
    }

    /** A figure service's SQL constant, read as the service holds it. */
    private static String constant(String classAndField) {
        try {
            String[] parts = classAndField.split("#");
            java.lang.reflect.Field field = Class.forName(parts[0]).getDeclaredField(parts[1]);
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(classAndField, e);
        }
    }

    private List<String> sqlOfOneDashboard(Acting acting, TestPrincipal admin, FiscalYear year) {
        SqlLog.start();
        acting.as(admin, () -> dashboard.cards(null, year));
        return SqlLog.stop();
    }

    private static String summary(List<String> sql) {
        Map<String, Long> shapes = sql.stream().collect(Collectors.groupingBy(
                s -> s.length() > 90 ? s.substring(0, 90) + "…" : s, LinkedHashMap::new, Collectors.counting()));
        return shapes.entrySet().stream().map(e -> "- " + e.getValue() + " × `" + e.getKey() + "`")
                .collect(Collectors.joining("\n"));
    }

    /** The year's and programme's figure of every card, network and own organisation, as the dashboard shows them. */
    private static String values(List<IndicatorCard> network, List<IndicatorCard> own) {
        List<String> rows = new ArrayList<>(List.of("| indicator | network: year | network: programme to date | organisation 1: year |",
                "|---|---|---|---|"));
        for (int i = 0; i < network.size(); i++) {
            IndicatorCard card = network.get(i);
            rows.add("| %s | %s | %s | %s |".formatted(card.indicator().code(), text(card.yearValue()),
                    text(card.programmeValue()), text(own.get(i).yearValue())));
        }
        return String.join("\n", rows);
    }

    private static String text(FigureValue value) {
        return value.hidden() ? "<5" : value.value() == null ? "–" : value.value().stripTrailingZeros().toPlainString();
    }

    /** A benchmark over empty figures proves nothing: every computed indicator must have counted something. */
    private void requirePlausible(List<IndicatorCard> cards) {
        List<String> empty = cards.stream().filter(c -> c.indicator().source() == IndicatorSource.COMPUTED)
                .filter(c -> !c.counted() || c.yearValue().hidden() || c.yearValue().value() == null
                        || c.yearValue().value().signum() <= 0)
                .map(c -> c.indicator().code()).toList();
        if (!empty.isEmpty()) {
            throw new IllegalStateException("indicators without a figure: " + empty);
        }
    }

    private record Run<T>(T result, List<Long> nanos, long minStatements, long maxStatements, double hibernate) {

        String statementText() {
            return minStatements == maxStatements ? String.valueOf(minStatements) : minStatements + "–" + maxStatements;
        }
    }

    private <T> Run<T> measure(Acting acting, TestPrincipal user, int warmUp, int runs, Supplier<T> call) {
        for (int i = 0; i < warmUp; i++) {
            acting.as(user, call);
        }
        List<Long> nanos = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = 0;
        long hibernateBefore = statistics.getPrepareStatementCount();
        T result = null;
        for (int i = 0; i < runs; i++) {
            long before = ServerCounters.statements(jdbc);
            long began = System.nanoTime();
            result = acting.as(user, call);
            nanos.add(System.nanoTime() - began);
            long statements = ServerCounters.statements(jdbc) - before - counterCost;
            min = Math.min(min, statements);
            max = Math.max(max, statements);
        }
        return new Run<>(result, nanos, min, max, (statistics.getPrepareStatementCount() - hibernateBefore) / (double) runs);
    }

    /** What reading the database's counters twice adds to their difference. */
    private long counterCost() {
        long cost = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = ServerCounters.statements(jdbc);
            cost = Math.min(cost, ServerCounters.statements(jdbc) - before);
        }
        return cost;
    }

    private static String row(String what, Run<?> run) {
        return "| %s | %d | %s / %.0f | %s |".formatted(what, run.nanos().size(), run.statementText(), run.hibernate(),
                jp.manabiba.bench.Figures.percentiles(run.nanos()));
    }

    private static String medianMax(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return "%.1f / %.1f".formatted(sorted[(sorted.length - 1) / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
