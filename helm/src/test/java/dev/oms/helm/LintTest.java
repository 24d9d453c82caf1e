package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code helm lint --strict}: warnings count as failures. */
class LintTest {

    @TempDir
    Path work;

    @Test
    void chartLintsCleanWithItsDefaultValuesAndTheRequiredOnes() {
        LintResult result = OmsChart.lintStrict(OmsChart.REQUIRED_VALUES, work);

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
        assertThat(result.getMessages())
                .noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"production.yaml", "mounted-key.yaml"})
    void chartLintsCleanWithNonDefaultValues(String valuesFile) {
        LintResult result = OmsChart.lintStrict(OmsChart.testValues(valuesFile), work);

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
        assertThat(result.getMessages())
                .noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void chartLintsCleanWithItsDefaultValuesAlone() {
        // helm lint does not stop at a template's fail, so the chart still lints (as chart repositories' CI does)
        // without the token issuer and key that an install or a render refuses to go without
        // (TokenVerificationValuesTest).
        LintResult result = OmsChart.lintStrict();

        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
        assertThat(result.getMessages())
                .noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
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
