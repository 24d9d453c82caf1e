package dev.oms.migrations;

import java.util.Locale;

/** The two databases the project keeps a migration set for; each set lives in a folder named after its dialect. */
public enum Dialect {
    MSSQL,
    POSTGRESQL;

    /** The folder name of this dialect's migration set ({@code mssql}, {@code postgresql}). */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
