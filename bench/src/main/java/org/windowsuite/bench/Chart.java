package org.windowsuite.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Latency (p50, p99, ms, log scale) against offered rate, as a PNG. */
final class Chart {

    private Chart() {
    }

    static void latency(List<ConstantRate.Step> steps, Path png) throws IOException {
        int w = 900;
        int h = 500;
        int left = 70;
        int bottom = 60;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int maxRate = steps.stream().mapToInt(ConstantRate.Step::offered).max().orElse(1);
        double maxLog = Math.log10(10_000);
        g.drawLine(left, h - bottom, w - 20, h - bottom);
        g.drawLine(left, 20, left, h - bottom);
        for (int ms : new int[] {1, 10, 100, 1000, 10000}) {
            int y = y(ms, maxLog, h, bottom);
            g.drawString(ms + " ms", 10, y + 4);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, y, w - 20, y);
            g.setColor(Color.DARK_GRAY);
        }
        for (ConstantRate.Step s : steps) {
            g.drawString(String.valueOf(s.offered()), x(s.offered(), maxRate, w, left) - 10, h - bottom + 18);
        }
        g.drawString("offered applications/s through the gateway", w / 2 - 120, h - 15);
        series(g, steps, 0.50, new Color(40, 110, 200), maxRate, maxLog, w, h, left, bottom, "p50");
        series(g, steps, 0.99, new Color(200, 60, 40), maxRate, maxLog, w, h, left, bottom, "p99");
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void series(Graphics2D g, List<ConstantRate.Step> steps, double p, Color color, int maxRate,
            double maxLog, int w, int h, int left, int bottom, String label) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int px = -1;
        int py = -1;
        for (ConstantRate.Step s : steps) {
            int x = x(s.offered(), maxRate, w, left);
            int y = y(Math.max(1, s.percentile(p) / 1_000_000.0), maxLog, h, bottom);
            g.fillOval(x - 3, y - 3, 6, 6);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.drawString(label, px + 6, py);
    }

    private static int x(int rate, int maxRate, int w, int left) {
        return left + (int) ((w - left - 40) * (double) rate / maxRate);
    }

    private static int y(double ms, double maxLog, int h, int bottom) {
        return h - bottom - (int) ((h - bottom - 30) * Math.log10(Math.max(1, ms)) / maxLog);
    }
}
