package jp.manabiba.outcomes.chart;

import java.util.List;

/**
 * What a chart is drawn with, in a box whose origin is the top left and whose y grows downwards (as in SVG; the PDF
 * renderer turns it over). {@link ChartLayout} makes them; the renderers only translate them.
 */
sealed interface Shape {

    record Box(float x, float y, float width, float height, Tone fill) implements Shape {
    }

    /** An open line through the points; {@code dash} empty for a solid line. */
    record Line(List<Point> points, Tone tone, float width, float[] dash) implements Shape {
    }

    /** Text with its baseline at y; {@code anchor} says whether x is its start, middle or end. */
    record Text(float x, float y, String text, float size, Anchor anchor, Tone tone, boolean strong) implements Shape {
    }

    /** A data point's marker, different per series so that lines are told apart in greyscale. */
    record Marker(float x, float y, float radius, MarkerKind kind, Tone tone) implements Shape {
    }

    record Point(float x, float y) {
    }

    enum Anchor { START, MIDDLE, END }

    enum MarkerKind { CIRCLE, SQUARE, TRIANGLE, DIAMOND }
}
