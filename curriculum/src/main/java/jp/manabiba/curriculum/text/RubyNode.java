package jp.manabiba.curriculum.text;

import org.commonmark.node.CustomNode;

/** Ruby in the Markdown tree: a base and its reading. */
final class RubyNode extends CustomNode {

    private final String base;
    private final String reading;

    RubyNode(String base, String reading) {
        this.base = base;
        this.reading = reading;
    }

    String base() {
        return base;
    }

    String reading() {
        return reading;
    }
}
