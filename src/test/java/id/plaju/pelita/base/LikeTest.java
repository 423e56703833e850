package id.plaju.pelita.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsTypedByAUserMatchThemselves() {
        assertThat(Like.contains("50%_a!")).isEqualTo("%50!%!_a!!%");
        assertThat(Like.startsWith("1985")).isEqualTo("1985%");
    }
}
