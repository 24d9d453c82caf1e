package dev.oms.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A test that speaks PostgreSQL's own SQL (to set a situation up or look inside the database): it runs in the
 * PostgreSQL build ({@code -Ddb.kind=postgresql}) and is reported skipped in the SQL Server build, where its SQL would
 * not parse. {@link PortableSql} fails a test class that uses such SQL without saying so.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(
        named = "db.kind",
        matches = "postgresql",
        disabledReason = "PostgreSQL's own SQL; this build is for another database")
public @interface PostgreSQLOnly {}
