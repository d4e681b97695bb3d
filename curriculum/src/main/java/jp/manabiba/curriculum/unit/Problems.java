package jp.manabiba.curriculum.unit;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file while it is read, with the line and column of the YAML node concerned. */
public final class Problems {

    private final String file;
    private final List<UnitProblem> sink;

    public Problems(String file, List<UnitProblem> sink) {
        this.file = file;
        this.sink = sink;
    }

    public String file() {
        return file;
    }

    public void at(Node node, String message) {
        var mark = node.getStartMark();
        at(mark.map(Mark::getLine).orElse(-1) + 1, mark.map(Mark::getColumn).orElse(-1) + 1, message);
    }

    public void at(int line, int column, String message) {
        sink.add(new UnitProblem(file, line, column, message));
    }

    /** A problem with the file as a whole (missing, unreadable). */
    public void ofFile(String message) {
        at(0, 0, message);
    }

    /** How many problems were found so far (in every file of the unit). */
    public int count() {
        return sink.size();
    }

    /** Problems of another file of the same unit, into the same list. */
    public Problems forFile(String otherFile) {
        return new Problems(otherFile, sink);
    }
}
