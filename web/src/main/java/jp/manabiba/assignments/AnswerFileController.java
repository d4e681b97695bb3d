package jp.manabiba.assignments;

import jp.manabiba.base.files.FileResponses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The addresses of file answers ({@link AnswerFile#url()}): behind sign-in, and every request asks
 * {@link AnswerFiles#read} again, which refuses (403) and audits another child's or an unknown id alike.
 */
@RestController
class AnswerFileController {

    private final AnswerFiles files;

    AnswerFileController(AnswerFiles files) {
        this.files = files;
    }

    @GetMapping(AnswerFile.PATH + "{id}")
    org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id) {
        return FileResponses.of(files.read(id, false));
    }

    @GetMapping(AnswerFile.PATH + "{id}/thumbnail")
    org.springframework.http.ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        return FileResponses.of(files.read(id, true));
    }
}
