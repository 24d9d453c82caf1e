package dev.oms.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableSqlTest {

    @TempDir
    Path root;

    @Test
    void postgreSqlOnlySqlInAnUnmarkedTestIsFound() throws IOException {
        write("LocksTest.java", "class LocksTest { String sql = \"SELECT 1 FROM t FOR UPDATE\"; }");
        write("PlanTest.java", "class PlanTest { String sql = \"EXPLAIN \" + q + \" FROM generate_series(1, 9)\"; }");
        write("CastTest.java", "class CastTest { String sql = \"SELECT id::text FROM t\"; }");
        write("MentionTest.java", "// not @PostgreSQLOnly yet\nclass MentionTest { String s = \"x FOR UPDATE\"; }");

        assertThat(PortableSql.unmarkedIn(root))
                .hasSize(4)
                .anySatisfy(v -> assertThat(v).contains("LocksTest.java: FOR UPDATE without @PostgreSQLOnly"));
    }

    @Test
    void aMarkedTestPortableSqlAndJavaMethodReferencesPass() throws IOException {
        write("MarkedTest.java", "@PostgreSQLOnly\nclass MarkedTest { String sql = \"SELECT 1 FOR UPDATE\"; }");
        write("PortableTest.java", "class PortableTest { String sql = \"SELECT count(*) FROM t WHERE a = ?\"; }");
        write("RefsTest.java", "class RefsTest { Object f = String::valueOf; Object g = Integer::intValue; }");

        assertThat(PortableSql.unmarkedIn(root)).isEmpty();
    }

    private void write(String name, String source) throws IOException {
        Files.writeString(root.resolve(name), source);
    }
}
