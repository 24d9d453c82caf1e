package dev.oms.platform.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ReadCommittedSnapshotCheckTest {

    @Test
    void onIsSaidQuietlyAndOffLoudlyWithWhatToDo() {
        assertThat(new ReadCommittedSnapshotCheck(database(true)).verdict()).startsWith("on");
        assertThat(new ReadCommittedSnapshotCheck(database(false)).verdict())
                .startsWith("OFF")
                .contains("SET READ_COMMITTED_SNAPSHOT ON");
    }

    @Test
    void aDatabaseThatCannotBeAskedIsReportedUnknownNotFatal() {
        DataSource unreachable = proxy(DataSource.class, (name, args) -> {
            throw new SQLException("login failed");
        });

        assertThat(new ReadCommittedSnapshotCheck(unreachable).verdict()).startsWith("unknown (login failed)");
    }

    /** A database whose only answer is the one row of the check's query. */
    private static DataSource database(boolean on) {
        var read = new boolean[1];
        ResultSet rows = proxy(ResultSet.class, (name, args) -> switch (name) {
            case "next" -> !read[0] && (read[0] = true);
            case "getBoolean" -> on;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(name);
        });
        Statement statement = proxy(Statement.class, (name, args) -> switch (name) {
            case "executeQuery" -> {
                assertThat(args[0]).isEqualTo(ReadCommittedSnapshotCheck.QUERY);
                yield rows;
            }
            case "close" -> null;
            default -> throw new UnsupportedOperationException(name);
        });
        Connection connection = proxy(Connection.class, (name, args) -> switch (name) {
            case "createStatement" -> statement;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(DataSource.class, (name, args) -> connection);
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                ReadCommittedSnapshotCheckTest.class.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
