package jp.manabiba.base.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * A camera stores a photo as the sensor saw it and says in EXIF how to turn it (orientation 1-8). Since the photo is
 * written again without EXIF, the turn is applied to the pixels here, or a phone's portrait photo would lie on its side.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation a JPEG's EXIF gives, 1 (as it is) when there is none or it cannot be read. */
    static int of(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.getFirst().data();
            if (data.read() < 0) { // the pad byte after "Exif\0"
                return 1;
            }
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Directory directory = new TIFFReader().read(tiff);
                Entry orientation = directory.getEntryById(TIFF.TAG_ORIENTATION);
                return orientation == null ? 1 : ((Number) orientation.getValue()).intValue();
            }
        } catch (IOException | RuntimeException unreadable) {
            return 1; // not a JPEG, or EXIF we cannot read: the photo stays as it was stored
        }
    }

    /** The image turned and mirrored so that it shows upright; 1 or an unknown value leaves it as it is. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = new AffineTransform();
        boolean swap = orientation >= 5 && orientation <= 8;
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(-Math.PI / 2); turn.scale(-1, 1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.scale(-1, 1); turn.translate(-h, 0); turn.translate(0, w); turn.rotate(-Math.PI / 2); }
            case 8 -> { turn.translate(0, w); turn.rotate(-Math.PI / 2); }
            default -> {
                return image;
            }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
