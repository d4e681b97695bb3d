package jp.manabiba.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import jp.manabiba.i18n.InvalidInput;
import org.junit.jupiter.api.Test;

class UploadChecksTest {

    @Test
    void a_png_is_read_from_its_bytes_and_kept_as_a_jpeg_with_a_thumbnail() throws IOException {
        CheckedFile checked = UploadChecks.check("photo", "けいさん.png", TestImages.png(640, 480), UploadKind.PHOTO);

        assertThat(checked.mediaType()).isEqualTo("image/jpeg");
        assertThat(checked.fileName()).isEqualTo("けいさん.jpg");
        assertThat(UploadChecks.detect(checked.content())).isEqualTo("image/jpeg");
        assertThat(size(checked.content())).isEqualTo(new int[] {640, 480}); // never scaled up
        assertThat(size(checked.thumbnail())).isEqualTo(new int[] {320, 240});
        assertThat(checked.sha256()).hasSize(64).isEqualTo(UploadChecks.sha256(checked.content()));
    }

    @Test
    void a_large_photo_is_scaled_to_2000_px_and_its_thumbnail_to_320() throws IOException {
        CheckedFile checked = UploadChecks.check("photo", "IMG_0001.JPG", TestImages.jpeg(3000, 1500), UploadKind.PHOTO);

        assertThat(size(checked.content())).isEqualTo(new int[] {2000, 1000});
        assertThat(size(checked.thumbnail())).isEqualTo(new int[] {320, 160});
    }

    @Test
    void exif_is_gone_and_the_photo_is_turned_upright_as_it_said() throws IOException {
        byte[] phone = TestImages.jpegWithExif(400, 300, 6);
        assertThat(ExifOrientation.of(phone)).isEqualTo(6);
        assertThat(new String(phone, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSCAMERA");

        CheckedFile checked = UploadChecks.check("photo", "IMG.jpg", phone, UploadKind.PHOTO);

        String stored = new String(checked.content(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("Exif").doesNotContain("GPSCAMERA");
        assertThat(new String(checked.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(size(checked.content())).isEqualTo(new int[] {300, 400}); // portrait, as the camera meant
    }

    @Test
    void a_text_file_named_jpg_is_refused_as_the_wrong_type() {
        byte[] text = "これは しゃしんでは ありません".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> UploadChecks.check("photo", "photo.jpg", text, UploadKind.PHOTO))
                .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("photo");
                    assertThat(refusal.messageKey()).isEqualTo("upload.error.wrong-type");
                });
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() {
        byte[] big = new byte[UploadKind.MAX_BYTES + 1];

        assertThatThrownBy(() -> UploadChecks.check("photo", "big.jpg", big, UploadKind.PHOTO))
                .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("upload.error.too-large");
                    assertThat(refusal.arguments()).containsExactly(20);
                });
    }

    @Test
    void a_jpeg_cut_short_is_refused_as_unreadable() {
        byte[] whole = TestImages.jpeg(200, 200);
        byte[] cut = java.util.Arrays.copyOf(whole, 40);

        assertThatThrownBy(() -> UploadChecks.check("photo", "cut.jpg", cut, UploadKind.PHOTO))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("upload.error.unreadable"));
    }

    @Test
    void a_pdf_is_accepted_only_where_files_are_and_kept_as_it_came() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

        CheckedFile checked = UploadChecks.check("file", "work.pdf", pdf, UploadKind.PHOTO_OR_PDF);

        assertThat(checked.mediaType()).isEqualTo("application/pdf");
        assertThat(checked.content()).isEqualTo(pdf);
        assertThat(checked.thumbnail()).isNull();
        assertThatThrownBy(() -> UploadChecks.check("photo", "work.pdf", pdf, UploadKind.PHOTO))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_name_loses_its_folders_and_control_characters() {
        assertThat(UploadChecks.name("C:\\Users\\a\\..\\x\u0007.png")).isEqualTo("x.png");
        assertThat(UploadChecks.name("  ")).isEqualTo("file");
    }

    private static int[] size(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return new int[] {image.getWidth(), image.getHeight()};
    }
}
