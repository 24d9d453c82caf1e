package dev.oms.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuerySitesTest {

    @TempDir
    Path project;

    @Test
    void anInlineQueryAndANamedQueryThatNoTestRendersAreReportedInPersistenceCodeOnly() throws IOException {
        write("main/Metrics.java", """
                class Metrics {
                    void failed() { count("failed"); }
                }""");
        write("main/Repository.java", """
                import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

                class Repository {
                    static final String PENDING = "publishedAt is null";
                    static final String RENDERED = "id = ?1";
                    Object a() { return find("status = ?1", 1); }
                    Object b() { return count(PENDING); }
                    Object c() { return session.createSelectionQuery(RENDERED, Object.class); }
                    Object d() { return session.createSelectionQuery(list.hql(), Object.class); }
                }""");
        write(
                "test/RepositoryOnSqlServerTest.java",
                "class RepositoryOnSqlServerTest { Object q = Repository.RENDERED; }");

        assertThat(QuerySites.unrendered(project.resolve("main"), project.resolve("test")))
                .containsExactly(
                        "Repository.java: find(\"...\") - name the query so a SQL Server rendering test can render it",
                        "Repository.java: PENDING is rendered by no *OnSqlServerTest");
    }

    private void write(String path, String text) throws IOException {
        var file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
