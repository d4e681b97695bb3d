package jp.manabiba.learning;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The images of the units' lessons, read from the content jar: only a file a lesson of that unit links to, so
 * there is nothing to list and no other path to reach. Behind sign-in like every other address (the lesson
 * reader is the only page that shows them, and it needs a signed-in child). An SVG opened on its own runs with a
 * policy that allows no scripts, although ours are our own work.
 */
@RestController
class UnitMediaController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.parseMediaType("image/svg+xml"),
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "webp", MediaType.parseMediaType("image/webp"));

    static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final UnitLibrary library;

    UnitMediaController(UnitLibrary library) {
        this.library = library;
    }

    @GetMapping(LessonImages.PATH + "{unitId}/{image:.+}")
    ResponseEntity<byte[]> image(@PathVariable String unitId, @PathVariable String image) throws IOException {
        Optional<MediaType> type = typeOf(image);
        Optional<String> resource = library.imageResource(unitId, image);
        if (type.isEmpty() || resource.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = UnitMediaController.class.getClassLoader().getResourceAsStream(resource.get())) {
            if (in == null) {
                return ResponseEntity.notFound().build();
            }
            return ResponseEntity.ok().contentType(type.get())
                    .header("Content-Security-Policy", IMAGE_POLICY)
                    .body(in.readAllBytes());
        }
    }

    private static Optional<MediaType> typeOf(String image) {
        int dot = image.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(image.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
