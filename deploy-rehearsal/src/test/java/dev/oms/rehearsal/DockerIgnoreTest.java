package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The .dockerignore rules the rehearsal filters the build context with, each against Docker's documented behaviour. */
class DockerIgnoreTest {

    @ParameterizedTest(name = "{0} leaves out {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            **/target/       | target/classes/A.class            | true
            **/target/       | product-service/target/x.jar      | true
            **/target/       | a/b/target                        | true
            **/target/       | product-service/targets/x         | false
            **/target/       | product-service/src/target.txt    | false
            docs/            | docs/api/orders.md                | true
            docs/            | docs                              | true
            docs/            | product-service/docs/x.md         | false
            /docs            | docs/scaling.md                   | true
            ./docs/../docs/  | docs/scaling.md                   | true
            *.iml            | oms.iml                           | true
            *.iml            | product-service/oms.iml           | false
            */*.iml          | product-service/oms.iml           | true
            .git/            | .git                              | true
            .git/            | .github/workflows/ci.yml          | false
            ?ocs             | docs/a                            | true
            ?ocs             | ddocs/a                           | false
            [a-d]ocs         | docs/a                            | true
            [^a-d]ocs        | docs/a                            | false
            **               | anything/at/all                   | true
            a/**/b           | a/b                               | true
            a/**/b           | a/x/y/b/c                         | true
            a/**/b           | a/x/y/c                           | false
            helm             | helm/pom.xml                      | true
            """)
    void aSinglePattern(String pattern, String path, boolean excluded) {
        assertThat(DockerIgnore.parse(pattern).excludes(path)).isEqualTo(excluded);
    }

    @Test
    void anExceptionAfterAnExcludedDirectoryBringsOneFileBack() {
        DockerIgnore ignore = DockerIgnore.parse("helm/\n!helm/pom.xml\n");

        assertThat(ignore.excludes("helm/pom.xml")).isFalse();
        assertThat(ignore.excludes("helm/oms/Chart.yaml")).isTrue();
        assertThat(ignore.excludes("helm/src/test/java/dev/oms/helm/LintTest.java"))
                .isTrue();
        assertThat(ignore.mayIncludeSomethingUnder("helm")).isTrue();
        assertThat(ignore.mayIncludeSomethingUnder("helm/oms")).isFalse();
    }

    @Test
    void theLastMatchingPatternDecides() {
        assertThat(DockerIgnore.parse("!README.md\n*.md\n").excludes("README.md"))
                .isTrue();
        assertThat(DockerIgnore.parse("*.md\n!README.md\n").excludes("README.md"))
                .isFalse();
        assertThat(DockerIgnore.parse("*.md\n!README*.md\nREADME-secret.md\n").excludes("README-secret.md"))
                .isTrue();
        assertThat(DockerIgnore.parse("*.md\n!README*.md\nREADME-secret.md\n").excludes("README-public.md"))
                .isFalse();
    }

    @Test
    void anExceptionForADirectoryBringsBackWhatIsUnderIt() {
        DockerIgnore ignore = DockerIgnore.parse("docs/\n!docs/api\n");

        assertThat(ignore.excludes("docs/api/orders.md")).isFalse();
        assertThat(ignore.excludes("docs/scaling.md")).isTrue();
    }

    @Test
    void commentsBlankLinesAndAByteOrderMarkAreNotPatterns() {
        DockerIgnore ignore = DockerIgnore.parse("\uFEFF# docs/\n\n   \n  target  \n");

        assertThat(ignore.excludes("docs/a.md")).isFalse();
        assertThat(ignore.excludes("#/x")).isFalse();
        assertThat(ignore.excludes("target/x"))
                .as("surrounding blanks are trimmed")
                .isTrue();
    }

    @Test
    void withoutPatternsNothingIsLeftOut() {
        assertThat(DockerIgnore.parse("").excludes("pom.xml")).isFalse();
        assertThat(DockerIgnore.parse("!pom.xml").excludes("pom.xml")).isFalse();
    }

    @Test
    void aDirectoryOnlyExcludedByAnUnrelatedExceptionNeedNotBeWalked() {
        DockerIgnore ignore = DockerIgnore.parse("**/target/\n!helm/pom.xml\n");

        assertThat(ignore.mayIncludeSomethingUnder("product-service/target")).isFalse();
        assertThat(DockerIgnore.parse("**/target/\n!**/target/keep").mayIncludeSomethingUnder("a/target"))
                .isTrue();
    }
}
