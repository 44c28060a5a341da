package org.windowsuite.common.web;

import java.util.List;

/** A bar chart as inline SVG: no script, prints, and reads the same on a tablet. */
public final class SvgChart {

    public record Series(String name, String colour, List<Long> values) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 12;

    private SvgChart() {
    }

    /** Grouped bars, one group per label; each series is one bar of every group. */
    public static String bars(String title, List<String> labels, List<Series> series) {
        long highest = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        // whole-number gridlines: the scale's top is the next multiple of four
        long max = Math.max(4, (highest + 3) / 4 * 4);
        int plotHeight = HEIGHT - BOTTOM - TOP;
        double group = (double) (WIDTH - LEFT - 10) / Math.max(1, labels.size());
        double bar = Math.max(2, group * 0.8 / Math.max(1, series.size()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(PageErrors.escape(title)).append("\"><title>")
                .append(PageErrors.escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d8dee6\"/>", LEFT,
                    WIDTH - 5, y, y));
            svg.append(String.format("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6775\">%s</text>",
                    LEFT - 4, y + 4, format(max * i / 4.0)));
        }
        int step = Math.max(1, labels.size() / 16);
        for (int g = 0; g < labels.size(); g++) {
            double x0 = LEFT + g * group + group * 0.1;
            for (int s = 0; s < series.size(); s++) {
                long v = series.get(s).values().get(g);
                double h = plotHeight * (double) v / max;
                svg.append(String.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                        x0 + s * bar, TOP + plotHeight - h, bar - 1, h, series.get(s).colour(),
                        PageErrors.escape(labels.get(g)), PageErrors.escape(series.get(s).name()), v));
            }
            if (g % step == 0) {
                svg.append(String.format("<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6775\">%s</text>",
                        LEFT + g * group + group / 2, HEIGHT - BOTTOM + 16, PageErrors.escape(labels.get(g))));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }
}
