package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.marcnuri.helm.LintResult;

/** {@code helm lint --strict}: warnings count as failures. */
class LintTest {

    @TempDir
    Path work;

    @Test
    void chartLintsCleanWithItsDefaultValues() {
        LintResult result = OmsChart.lintStrict();

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void chartLintsCleanWithNonDefaultValues() {
        LintResult result = OmsChart.lintStrict(OmsChart.testValues("production.yaml"), work);

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void lintFailsOnValuesTheSchemaRejects() {
        Path values = OmsChart.write("""
                productService:
                  replicaCount: three
                """, work);

        LintResult result = OmsChart.lintStrict(values, work);

        assertThat(result.isFailed()).isTrue();
        assertThat(String.join("\n", result.getMessages())).contains("replicaCount");
    }
}
