import GRDB

/// The database schema, as numbered migrations: a database written by an
/// older Verbatim is brought up to date when it is opened, never rebuilt.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, quotations, stance, speakers") { db in
            // `seq` keeps the write order, which is the input order of a run:
            // exports follow it.
            try db.execute(
                sql: """
                    CREATE TABLE documents (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL,
                        content_hash TEXT NOT NULL,
                        bytes INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        metadata TEXT NOT NULL,
                        date TEXT,
                        outlet TEXT,
                        status TEXT NOT NULL CHECK (status IN ('scored', 'failed')),
                        error TEXT
                    );
                    CREATE TABLE quotations (
                        id INTEGER PRIMARY KEY,
                        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        quote_start INTEGER NOT NULL,
                        quote_end INTEGER NOT NULL,
                        quote_utf8_start INTEGER NOT NULL,
                        quote_utf8_end INTEGER NOT NULL,
                        quote_text TEXT NOT NULL,
                        speaker_name TEXT,
                        speaker_type TEXT,
                        speaker_role TEXT,
                        speaker_rule TEXT,
                        speaker_confidence REAL,
                        mention_start INTEGER,
                        mention_end INTEGER,
                        mention_utf8_start INTEGER,
                        mention_utf8_end INTEGER,
                        mention_text TEXT,
                        cue_start INTEGER,
                        cue_end INTEGER,
                        cue_utf8_start INTEGER,
                        cue_utf8_end INTEGER,
                        cue_text TEXT,
                        sentence INTEGER NOT NULL,
                        paragraph INTEGER NOT NULL,
                        stance_score REAL,
                        stance_label TEXT,
                        speaker_id INTEGER,
                        UNIQUE (document_id, ordinal)
                    );
                    CREATE INDEX quotations_by_speaker ON quotations(speaker_id);
                    CREATE TABLE targets (
                        quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        score REAL NOT NULL,
                        label TEXT NOT NULL,
                        PRIMARY KEY (quotation_id, ordinal)
                    );
                    CREATE INDEX targets_by_name ON targets(name);
                    CREATE TABLE target_mentions (
                        quotation_id INTEGER NOT NULL,
                        target_ordinal INTEGER NOT NULL,
                        ordinal INTEGER NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        utf8_start INTEGER NOT NULL,
                        utf8_end INTEGER NOT NULL,
                        PRIMARY KEY (quotation_id, target_ordinal, ordinal),
                        FOREIGN KEY (quotation_id, target_ordinal)
                            REFERENCES targets(quotation_id, ordinal) ON DELETE CASCADE
                    );
                    CREATE TABLE stance_evidence (
                        quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        utf8_start INTEGER NOT NULL,
                        utf8_end INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        weight REAL NOT NULL,
                        PRIMARY KEY (quotation_id, ordinal)
                    );
                    CREATE TABLE speakers (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL
                    );
                    CREATE TABLE speaker_aliases (
                        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
                        alias TEXT NOT NULL,
                        quotations INTEGER NOT NULL,
                        PRIMARY KEY (speaker_id, alias)
                    );
                    CREATE TABLE speaker_roles (
                        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
                        role TEXT NOT NULL,
                        quotations INTEGER NOT NULL,
                        PRIMARY KEY (speaker_id, role)
                    );
                    CREATE TABLE store_state (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
