package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.testing.ZhuyeTest;

/** What PostgreSQL itself reads back from lines that cross the buffer's blocks, with every kind of field. */
@ZhuyeTest
class CopyBufferTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyFieldComesBackFromTheDatabaseAsWritten() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String tricky = "巴特尔\t𠮷\\n\r\n\"'；" + "草原".repeat(20_000);
        for (int i = 0; i < 20; i++) {
            rows.add(new Object[] {i, i % 2 == 0 ? tricky : "乌兰", new byte[] {(byte) i, (byte) 0xff},
                    LocalDate.of(1980, 1, 1).plusDays(i), new BigDecimal("2500.50"), i % 3 == 0 ? null : Boolean.TRUE,
                    List.of(1, i % 7 + 1)});
        }
        CopyBuffer buffer = new CopyBuffer();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            List<Integer> array = (List<Integer>) row[6];
            buffer.write(new CopyTextLine().field(row[0]).field(row[1]).field(row[2]).field(row[3]).field(row[4])
                    .field(row[5]).array(array).toBytes());
        }
        assertThat(buffer.size()).as("lines cross the 256 KB blocks").isGreaterThan(3 * (1 << 18));

        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("""
                    CREATE TEMP TABLE copy_line_check (n int, name text, data bytea, day date, amount numeric(10, 2),
                        flag boolean, codes smallint[])""");
            long stored = buffer.copyInto(connection.unwrap(PGConnection.class).getCopyAPI(),
                    "COPY copy_line_check FROM STDIN");
            assertThat(stored).isEqualTo(rows.size());
            ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM copy_line_check ORDER BY n");
            for (Object[] row : rows) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("name")).isEqualTo(row[1]);
                assertThat(Arrays.equals(rs.getBytes("data"), (byte[]) row[2])).isTrue();
                assertThat(rs.getObject("day", LocalDate.class)).isEqualTo(row[3]);
                assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo((BigDecimal) row[4]);
                assertThat(rs.getObject("flag")).isEqualTo(row[5]);
                assertThat(rs.getString("codes")).isEqualTo("{" + ((List<?>) row[6]).get(0) + "," + ((List<?>) row[6]).get(1) + "}");
            }
            connection.createStatement().execute("DROP TABLE copy_line_check");
        }
    }
}
