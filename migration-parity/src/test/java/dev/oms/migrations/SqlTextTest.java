package dev.oms.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void caseQuotesSpacingAndRedundantParenthesesDoNotCount() {
        assertThat(SqlText.normalise("(([Available_Stock]>(0)))")).isEqualTo("available_stock > 0");
        assertThat(SqlText.normalise("\"status\" IN (N'NEW',  'PAID')")).isEqualTo("status in ('NEW', 'PAID')");
        assertThat(SqlText.normalise("(a IS NULL) AND (b != 1)")).isEqualTo("a is null and b <> 1");
    }

    @Test
    void parenthesesThatGroupAreKept() {
        assertThat(SqlText.normalise("(a = 1 OR b = 2) AND c = 3")).isEqualTo("(a = 1 or b = 2) and c = 3");
        assertThat(SqlText.normalise("a * (b + c) > 0")).isEqualTo("a * (b + c) > 0");
        assertThat(SqlText.normalise("LOWER(x) = 'a'")).isEqualTo("lower(x) = 'a'");
    }
}
