package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The SQL Server job of .github/workflows/ci.yml cannot run here (no Docker): what it hands the system tests is read
 * against what they and deploy/sqlserver/init.sql expect, so a renamed property, database or login fails here first.
 */
class SqlServerCiJobTest {

    private static final Pattern SYSTEM_PROPERTY =
            Pattern.compile("-D(system\\.(\\w+)\\.db\\.([\\w-]+))=\"?([^\"\\s]+)");
    private static final Set<String> DATABASE_SETTINGS = Set.of("reactive-url", "jdbc-url", "username", "password");

    private final String init = Repository.read(Repository.ROOT.resolve("deploy/sqlserver/init.sql"));
    private final Map<String, Object> job = sqlServerJob();

    @Test
    void eachServiceIsGivenAllFourDatabaseSettingsTheSystemTestsRead() {
        var given = systemProperties().stream()
                .collect(Collectors.groupingBy(p -> p[1], Collectors.mapping(p -> p[2], Collectors.toSet())));

        assertThat(given).containsOnlyKeys("product", "order");
        given.values().forEach(settings -> assertThat(settings).isEqualTo(DATABASE_SETTINGS));
        var database =
                Repository.read(Repository.ROOT.resolve("system-tests/src/test/java/dev/oms/system/Database.java"));
        DATABASE_SETTINGS.forEach(setting -> assertThat(database).contains("\"" + setting + "\""));
    }

    @Test
    void theSystemTestsUseTheDatabasesAndLoginsInitSqlCreates() {
        for (var property : systemProperties()) {
            var value = property[3];
            switch (property[2]) {
                case "jdbc-url", "reactive-url" -> {
                    var database = value.replaceAll(".*(?:databaseName=|:1433/)(\\w+).*", "$1");
                    assertThat(init).as(value).contains("CREATE DATABASE " + database + ";");
                    assertThat(init)
                            .as(value)
                            .contains("ALTER DATABASE " + database + " SET READ_COMMITTED_SNAPSHOT ON");
                }
                case "username" -> assertThat(init).contains("CREATE LOGIN " + value + " ");
                default -> {}
            }
        }
    }

    @Test
    void everySqlcmdVariableOfInitSqlIsGivenAndSetInTheJobsEnvironment() {
        var used = new TreeSet<String>();
        var variable = Pattern.compile("\\$\\((\\w+)\\)").matcher(init);
        while (variable.find()) {
            used.add(variable.group(1));
        }
        var steps = String.valueOf(job.get("steps"));
        @SuppressWarnings("unchecked")
        var environment = (Map<String, Object>) job.get("env");

        assertThat(used).isNotEmpty().allSatisfy(name -> {
            assertThat(steps).contains(name + "=\"$" + name + "\"");
            assertThat(environment).containsKey(name);
        });
        assertThat(steps).contains("-i /tmp/init.sql").contains("docker cp deploy/sqlserver/init.sql");
    }

    @Test
    void theReactiveConnectionIsToldToEncryptWhereTheJdbcUrlDoes() {
        var database =
                Repository.read(Repository.ROOT.resolve("system-tests/src/test/java/dev/oms/system/Database.java"));
        var chart = Repository.read(Repository.ROOT.resolve("helm/oms/templates/_configmap.tpl"));

        assertThat(systemProperties())
                .filteredOn(p -> p[2].equals("jdbc-url"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p[3]).contains(";encrypt=true"));
        // the same rule as the chart's, word for word
        assertThat(chart).contains("(?i);encrypt=(true|mandatory|strict)(;|$)");
        assertThat(database).contains("(?i);encrypt=(true|mandatory|strict)(;|$)");
    }

    /** Each -Dsystem.{service}.db.{setting}=value of the job's steps: {property, service, setting, value}. */
    private List<String[]> systemProperties() {
        var matcher = SYSTEM_PROPERTY.matcher(String.valueOf(job.get("steps")));
        var found = new java.util.ArrayList<String[]>();
        while (matcher.find()) {
            found.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)});
        }
        assertThat(found).as("system properties in the sqlserver job").isNotEmpty();
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sqlServerJob() {
        Map<String, Object> workflow =
                new Yaml().load(Repository.read(Repository.ROOT.resolve(".github/workflows/ci.yml")));
        return (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("sqlserver");
    }
}
