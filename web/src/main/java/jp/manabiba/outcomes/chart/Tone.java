package jp.manabiba.outcomes.chart;

/**
 * The charts' colours: dark enough to read on a washed-out projector and different in lightness, so that a
 * greyscale print still tells them apart (series also differ by dash and marker, never by colour alone).
 */
enum Tone {
    INK(0x1A, 0x1A, 0x1A),
    MUTED(0x4D, 0x4D, 0x4D),
    GRID(0xC8, 0xC8, 0xC8),
    BAR(0x1F, 0x4E, 0x79),
    TARGET(0x00, 0x00, 0x00),
    SERIES_1(0x1F, 0x4E, 0x79),
    SERIES_2(0xB3, 0x4A, 0x00),
    SERIES_3(0x3A, 0x6B, 0x23),
    SERIES_4(0x6B, 0x6B, 0x6B);

    final int red;
    final int green;
    final int blue;

    Tone(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    String hex() {
        return "#%02x%02x%02x".formatted(red, green, blue);
    }
}
