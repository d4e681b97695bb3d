package jp.manabiba.schools.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster zip is read within limits that hold whatever the zip declares (issue 8, point 11): a 740 KB zip whose CSV
 * inflates to 248 MB once ran the server out of memory. Each bomb is built here, streamed, and stopped early.
 */
class ZipBombTest {

    private static final long MB = 1024 * 1024;

    @Test
    void a_small_zip_whose_users_csv_inflates_to_248_megabytes_is_stopped_as_a_bomb() throws IOException {
        byte[] bomb = zip("users.csv", 248 * MB);
        assertThat(bomb.length).as("the bomb is small").isLessThan(1024 * 1024);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();

        RosterPackage roster = new RosterReader().read(new ByteArrayInputStream(bomb));

        assertThat(roster.problems()).extracting(RosterProblem::messageKey)
                .containsExactly(RosterProblem.SUSPICIOUS_COMPRESSION);
        assertThat(runtime.totalMemory() - runtime.freeMemory() - before).as("far less than the bomb was kept")
                .isLessThan(100 * MB);
    }

    @Test
    void a_bomb_in_a_file_the_reader_skips_is_stopped_too() throws IOException {
        RosterPackage roster = new RosterReader().read(new ByteArrayInputStream(zip("readme.txt", 300 * MB)));

        assertThat(roster.problems()).extracting(RosterProblem::messageKey)
                .containsExactly(RosterProblem.SUSPICIOUS_COMPRESSION);
    }

    @Test
    void one_file_larger_than_an_entry_may_unpack_to_is_refused_with_its_name() throws IOException {
        ZipLimits limits = new ZipLimits(200, MB, 10 * MB, Integer.MAX_VALUE);

        RosterPackage roster = new RosterReader(limits).read(new ByteArrayInputStream(zip("users.csv", 2 * MB)));

        assertThat(roster.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(RosterProblem.FILE_TOO_LARGE);
            assertThat(problem.args()).containsExactly("users.csv", "1");
        });
    }

    @Test
    void files_that_together_unpack_to_more_than_the_total_are_refused() throws IOException {
        ZipLimits limits = new ZipLimits(200, 2 * MB, 3 * MB, Integer.MAX_VALUE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new String[] {"users.csv", "orgs.csv"}) {
                zip.putNextEntry(new ZipEntry(name));
                write(zip, 2 * MB - 10);
            }
        }

        RosterPackage roster = new RosterReader(limits).read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(roster.problems()).extracting(RosterProblem::messageKey).containsExactly(RosterProblem.TOO_LARGE);
    }

    @Test
    void a_zip_of_thousands_of_entries_is_refused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 5000; i++) {
                zip.putNextEntry(new ZipEntry("empty-" + i + ".txt"));
            }
        }

        RosterPackage roster = new RosterReader().read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(roster.problems()).extracting(RosterProblem::messageKey)
                .containsExactly(RosterProblem.TOO_MANY_ENTRIES);
    }

    @Test
    void the_limits_are_sized_to_the_heap() {
        ZipLimits limits = ZipLimits.forHeap();

        assertThat(limits.maxTotalBytes()).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 10);
        assertThat(limits.maxEntryBytes()).isLessThanOrEqualTo(limits.maxTotalBytes());
    }

    /** A zip of one entry of {@code size} bytes of a roster-like line repeated: it deflates about a thousandfold. */
    private static byte[] zip(String name, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(name));
            write(zip, size);
        }
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, long size) throws IOException {
        byte[] line = "u-0001,true,student,やまだ,たろう,P5\n".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[64 * 1024];
        for (int i = 0; i < block.length; i++) {
            block[i] = line[i % line.length];
        }
        for (long written = 0; written < size; written += block.length) {
            out.write(block, 0, (int) Math.min(block.length, size - written));
        }
    }
}
