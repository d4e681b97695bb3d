package jp.manabiba.persistence;

import jp.manabiba.testing.ManabibaTest;

/** The database contract on the embedded MariaDB that the default run and the tests use. */
@ManabibaTest
class EmbeddedDatabaseTest extends DatabaseContract {
}
