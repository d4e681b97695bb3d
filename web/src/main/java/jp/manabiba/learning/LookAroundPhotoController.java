package jp.manabiba.learning;

import jp.manabiba.base.files.FileResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The addresses of look-around photos ({@link LookAroundPhoto#url()}): every request asks {@link LookAroundPhotos#read}. */
@RestController
class LookAroundPhotoController {

    private final LookAroundPhotos photos;

    LookAroundPhotoController(LookAroundPhotos photos) {
        this.photos = photos;
    }

    @GetMapping(LookAroundPhoto.PATH + "{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return FileResponses.of(photos.read(id, false));
    }

    @GetMapping(LookAroundPhoto.PATH + "{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        return FileResponses.of(photos.read(id, true));
    }
}
