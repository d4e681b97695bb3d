package jp.manabiba.training;

import jp.manabiba.base.files.FileResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address of an uploaded certificate ({@link CertificateRow#fileUrl()}): behind sign-in ({@code /files/**}),
 * and every request asks {@link Certificates#file} again, which refuses (403) and audits another organisation's or
 * an unknown id alike, and audits a coordinator's opening.
 */
@RestController
class CertificateFileController {

    private final Certificates certificates;

    CertificateFileController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping(CertificateRow.FILE_PATH + "{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return FileResponses.of(certificates.file(id));
    }
}
