package jp.manabiba.base.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small real images made in the test, and a JPEG carrying EXIF (orientation and a GPS pointer) like a phone's. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A JPEG with an EXIF block right after its start: orientation {@code orientation}, a GPS IFD pointer, a marker text. */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] tiff = tiff(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Little-endian TIFF: IFD0 with Orientation, Make ("GPSCAMERA") and GPSInfo pointing at an empty IFD. */
    private static byte[] tiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 3);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(10).putInt(50); // Make, ASCII, at 50
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(62); // GPSInfo IFD at 62
        b.putInt(0);
        b.position(50);
        b.put("GPSCAMERA\0".getBytes(StandardCharsets.ISO_8859_1));
        b.position(62);
        b.putShort((short) 0).putInt(0);
        return java.util.Arrays.copyOf(b.array(), 68);
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
