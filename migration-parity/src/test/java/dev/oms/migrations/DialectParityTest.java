package dev.oms.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectParityTest {

    @TempDir
    Path root;

    @Test
    void aColumnInOneDialectOnlyIsADifference() throws IOException {
        write("mssql", "CREATE TABLE s.t (id INT NOT NULL, note NVARCHAR(10) NULL);");
        write("postgresql", "CREATE TABLE s.t (id INTEGER NOT NULL);");

        assertThat(DialectParity.differences(root)).singleElement().asString().contains("note");
    }

    @Test
    void setsThatCreateNoTableAreNotTakenForEqual() throws IOException {
        write("mssql", "-- nothing yet");
        write("postgresql", "-- nothing yet");

        assertThat(DialectParity.differences(root)).singleElement().asString().contains("no table");
    }

    private void write(String dialect, String sql) throws IOException {
        Files.createDirectories(root.resolve(dialect));
        Files.writeString(root.resolve(dialect).resolve("V1__first.sql"), sql);
    }
}
