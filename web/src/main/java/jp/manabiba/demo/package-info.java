/** Demo mode: seeds a small programme on a run with no configuration, so anyone can try Manabiba. */
@NullMarked
package jp.manabiba.demo;

import org.jspecify.annotations.NullMarked;
