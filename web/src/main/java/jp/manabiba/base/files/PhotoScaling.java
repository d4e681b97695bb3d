package jp.manabiba.base.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A photo decoded (TwelveMonkeys' JPEG reader takes CMYK and slightly broken files too), turned upright as its EXIF
 * orientation says, scaled down to {@link #PHOTO_SIDE} and {@link #THUMBNAIL_SIDE} px on the longest side and written
 * as new JPEGs. Only pixels are written, so no metadata of the original survives: no EXIF, no GPS position, no
 * camera serial number.
 */
final class PhotoScaling {

    static final int PHOTO_SIDE = 2000;
    static final int THUMBNAIL_SIDE = 320;
    /** A decoded photo is width x height x 4 bytes: refuse what would not fit a small server's memory. */
    private static final long MAX_PIXELS = 50_000_000L;
    private static final float QUALITY = 0.85f;
    private static final Logger LOG = LoggerFactory.getLogger(PhotoScaling.class);

    record Scaled(byte[] photo, byte[] thumbnail, int width, int height) {
    }

    private PhotoScaling() {
    }

    /** The scaled photo and thumbnail, or empty when the bytes cannot be read as an image. */
    static Optional<Scaled> scale(byte[] bytes) {
        try {
            BufferedImage image = decode(bytes);
            if (image == null) {
                return Optional.empty();
            }
            BufferedImage upright = ExifOrientation.apply(image, ExifOrientation.of(bytes));
            BufferedImage photo = fit(upright, PHOTO_SIDE);
            return Optional.of(new Scaled(jpeg(photo), jpeg(fit(photo, THUMBNAIL_SIDE)), photo.getWidth(), photo.getHeight()));
        } catch (IOException | RuntimeException broken) {
            // a broken file is the file's fault, not ours: a warning, and the child is told
            LOG.warn("An uploaded image could not be read: {}", broken.toString());
            return Optional.empty();
        }
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Scaled down (never up) so that the longer side is at most {@code side}, on an opaque RGB canvas for JPEG. */
    static BufferedImage fit(BufferedImage image, int side) {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE); // a transparent PNG gets a white background, not a black one
            g.fillRect(0, 0, width, height);
            g.drawImage(image, AffineTransform.getScaleInstance(factor, factor), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
