package org.windowsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void oneBarPerSeriesAndLabelScaledToWholeNumberGridlines() {
        String svg = SvgChart.bars("扣分", List.of("11-01", "11-02"), List.of(
                new SvgChart.Series("points", "#00f", List.of(3L, 0L)),
                new SvgChart.Series("overdue", "#f00", List.of(1L, 2L))));
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<rect", -1)).hasSize(5);
        assertThat(svg).contains("<title>11-01 points: 3</title>", "<title>11-02 overdue: 2</title>")
                .contains(">4</text>").doesNotContain(">0.8</text>");
    }

    @Test
    void labelsAreEscaped() {
        String svg = SvgChart.bars("<b>", List.of("a&b"), List.of(new SvgChart.Series("s", "#000", List.of(1L))));
        assertThat(svg).contains("&lt;b&gt;", "a&amp;b").doesNotContain("<b>");
    }
}
