package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfTest {

    @Test
    void theTopOnePercentOfTenThousandKeysTakesAboutHalfTheReads() {
        var zipf = new Zipf(10_000, 1.0);
        // H(100) / H(10000) = 5.187 / 9.788
        assertThat(zipf.share(100)).isCloseTo(0.53, offset(0.01));
        assertThat(zipf.share(10_000)).isEqualTo(1.0);
    }

    @Test
    void drawsFollowTheDistributionAndStayInRange() {
        var zipf = new Zipf(10_000, 1.0);
        var random = new SplittableRandom(1);
        int draws = 200_000;
        int top = 0;
        int first = 0;
        for (int i = 0; i < draws; i++) {
            int rank = zipf.next(random);
            assertThat(rank).isBetween(0, 9_999);
            top += rank < 100 ? 1 : 0;
            first += rank == 0 ? 1 : 0;
        }
        assertThat((double) top / draws).isCloseTo(zipf.share(100), offset(0.01));
        assertThat((double) first / draws).isCloseTo(zipf.share(1), offset(0.005));
    }

    @Test
    void exponentZeroIsUniform() {
        var zipf = new Zipf(4, 0.0);
        assertThat(zipf.share(1)).isEqualTo(0.25);
        assertThat(zipf.share(2)).isEqualTo(0.5);
    }
}
