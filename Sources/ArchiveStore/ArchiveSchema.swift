import GRDB

/// The archive's schema: a frozen timeline of migrations, written with string table names.
///
/// A migration that has shipped is never modified; changes come as new migrations.
enum ArchiveSchema {
    /// `PRAGMA application_id` of a Dateline archive ("DLN1"), to tell it from other SQLite files.
    static let applicationID: Int32 = 0x444C_4E31

    /// The highest `PRAGMA user_version` this Dateline can read. Dateline leaves it at 0; a
    /// later version that changes the file in a way older ones cannot read raises it, and
    /// every older Dateline then refuses the file.
    static let userVersion: Int32 = 0

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("byline", .text)
                t.column("body", .text).notNull()
                t.column("source", .text)
                t.column("guid", .text)
                t.column("content_hash", .text).notNull().unique()
                t.column("imported_at", .datetime).notNull()
                t.column("published_at", .datetime)
                t.column("word_count", .integer).notNull()
                t.column("quote_count", .integer).notNull()
                t.column("analysis_version", .integer).notNull()
            }
            try db.create(
                index: "article_on_guid", on: "article", columns: ["guid"], unique: true,
                condition: Column("guid") != nil)
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("byline")
                t.column("body")
            }
            try db.create(table: "bookmark") { t in
                t.primaryKey("article_id", .integer).references("article", onDelete: .cascade)
                t.column("created_at", .datetime).notNull()
                t.column("note", .text)
            }
            try db.create(table: "reading_state") { t in
                t.primaryKey("article_id", .integer).references("article", onDelete: .cascade)
                t.column("read", .boolean).notNull().defaults(to: false)
                t.column("scroll_offset", .integer).notNull().defaults(to: 0)
                t.column("updated_at", .datetime).notNull()
            }
            try db.create(table: "quote") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article_id", .integer).notNull().references("article", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("speaker_name", .text)
                t.column("speaker_key", .text)
                t.column("cue", .text)
            }
            try db.create(index: "quote_on_article", on: "quote", columns: ["article_id"])
            try db.create(index: "quote_on_speaker", on: "quote", columns: ["speaker_key", "article_id"])
            // Counts kept by triggers so that start-up never scans the archive.
            try db.create(table: "archive_stats") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("article_count", .integer).notNull()
                t.column("bookmark_count", .integer).notNull()
            }
            try db.execute(
                sql: """
                    INSERT INTO archive_stats (id, article_count, bookmark_count) VALUES (1, 0, 0);
                    CREATE TRIGGER article_count_insert AFTER INSERT ON article BEGIN
                        UPDATE archive_stats SET article_count = article_count + 1 WHERE id = 1;
                    END;
                    CREATE TRIGGER article_count_delete AFTER DELETE ON article BEGIN
                        UPDATE archive_stats SET article_count = article_count - 1 WHERE id = 1;
                    END;
                    CREATE TRIGGER bookmark_count_insert AFTER INSERT ON bookmark BEGIN
                        UPDATE archive_stats SET bookmark_count = bookmark_count + 1 WHERE id = 1;
                    END;
                    CREATE TRIGGER bookmark_count_delete AFTER DELETE ON bookmark BEGIN
                        UPDATE archive_stats SET bookmark_count = bookmark_count - 1 WHERE id = 1;
                    END;
                    """)
        }
        migrator.registerMigration("v2-reader-session") { db in
            // Small key/value state of the reader: which article and pane it was closed on.
            try db.create(table: "reader_setting") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v3-speakers") { db in
            // One row per speaker across the archive, kept by triggers on `quote`, so that the
            // speaker index opens without grouping every quote of the archive.
            try db.create(table: "speaker") { t in
                t.primaryKey("key", .text)
                t.column("name", .text).notNull()
                t.column("article_count", .integer).notNull()
                t.column("quote_count", .integer).notNull()
            }
            try db.create(index: "speaker_by_quotes", on: "speaker", columns: ["quote_count", "key"])
            try db.execute(
                sql: """
                    INSERT INTO speaker (key, name, article_count, quote_count)
                    SELECT speaker_key, max(speaker_name), count(DISTINCT article_id), count(*)
                    FROM quote WHERE speaker_key IS NOT NULL GROUP BY speaker_key;
                    CREATE TRIGGER speaker_quote_insert AFTER INSERT ON quote
                    WHEN NEW.speaker_key IS NOT NULL BEGIN
                        INSERT INTO speaker (key, name, article_count, quote_count)
                        VALUES (NEW.speaker_key, NEW.speaker_name, 1, 1)
                        ON CONFLICT(key) DO UPDATE SET
                            quote_count = quote_count + 1,
                            article_count = article_count + (
                                (SELECT count(*) FROM quote
                                 WHERE speaker_key = NEW.speaker_key AND article_id = NEW.article_id) = 1),
                            name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END;
                    END;
                    CREATE TRIGGER speaker_quote_delete AFTER DELETE ON quote
                    WHEN OLD.speaker_key IS NOT NULL BEGIN
                        UPDATE speaker SET
                            quote_count = quote_count - 1,
                            article_count = article_count - NOT EXISTS (
                                SELECT 1 FROM quote WHERE speaker_key = OLD.speaker_key AND article_id = OLD.article_id)
                        WHERE key = OLD.speaker_key;
                        DELETE FROM speaker WHERE key = OLD.speaker_key AND quote_count <= 0;
                    END;
                    """)
        }
        migrator.registerMigration("v4-speaker-counts-per-article") { db in
            // The insert trigger ran once per quote (an upsert and a count per row) and cost
            // more than storing the article with its full-text index; `ArticleWriter`
            // now adds one upsert per speaker and article. Deletes stay with the trigger.
            try db.execute(sql: "DROP TRIGGER speaker_quote_insert")
        }
        migrator.registerMigration("v5-counts-and-index-per-transaction") { db in
            // FTS5 flushes its pending terms to a new index segment at every statement
            // savepoint, so the insert trigger wrote one segment per article and merging them
            // cost as much again; `ArticleWriter` now indexes the articles a transaction adds
            // with one statement, and counts them once. Updates only re-index when the text
            // changes (re-analysis updates counts, and re-indexed every article).
            try db.execute(
                sql: """
                    DROP TRIGGER "__article_fts_ai";
                    DROP TRIGGER "__article_fts_au";
                    DROP TRIGGER article_count_insert;
                    CREATE TRIGGER article_fts_update AFTER UPDATE OF title, byline, body ON article BEGIN
                        INSERT INTO article_fts(article_fts, rowid, title, byline, body)
                        VALUES ('delete', old.id, old.title, old.byline, old.body);
                        INSERT INTO article_fts(rowid, title, byline, body) VALUES (new.id, new.title, new.byline, new.body);
                    END;
                    """)
        }
        migrator.registerMigration("v6-quotes-per-article") { db in
            // Fifteen quote rows per article with two indexes were a third of an import's
            // time. An article's quotations are now one JSON column of the article
            // (`StoredQuote`: offsets, speaker and cue; the text is the body's); the
            // speaker index keeps one row per speaker and article, which is all that finding
            // a speaker's articles needs. Deleting those rows (with their article, or before a
            // re-analysis) takes them out of the speaker totals.
            try db.execute(
                sql: """
                    ALTER TABLE article ADD COLUMN quotes TEXT NOT NULL DEFAULT '[]';
                    UPDATE article SET quotes = (
                        SELECT json_group_array(json_array(start, "end", speaker_name, cue))
                        FROM quote WHERE quote.article_id = article.id)
                    WHERE id IN (SELECT article_id FROM quote);
                    CREATE TABLE speaker_article (
                        speaker_key TEXT NOT NULL,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        quote_count INTEGER NOT NULL,
                        first_quote_start INTEGER NOT NULL,
                        PRIMARY KEY (speaker_key, article_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX speaker_article_on_article ON speaker_article(article_id);
                    INSERT INTO speaker_article (speaker_key, article_id, quote_count, first_quote_start)
                    SELECT speaker_key, article_id, count(*), min(start) FROM quote
                    WHERE speaker_key IS NOT NULL GROUP BY speaker_key, article_id;
                    DROP TRIGGER speaker_quote_delete;
                    DROP TABLE quote;
                    CREATE TRIGGER speaker_article_delete AFTER DELETE ON speaker_article BEGIN
                        UPDATE speaker SET
                            quote_count = quote_count - OLD.quote_count, article_count = article_count - 1
                        WHERE key = OLD.speaker_key;
                        DELETE FROM speaker WHERE key = OLD.speaker_key AND quote_count <= 0;
                    END;
                    """)
        }
        migrator.registerMigration("v7-grams-of-unspaced-scripts") { db in
            // Words inside Chinese, Japanese, Korean and Thai text: see `UnspacedGrams`.
            try db.execute(sql: UnspacedGramsIndex.creation)
        }
        migrator.registerMigration("v8-article-language") { db in
            // The language the analyser told; filled by new imports and by `reanalyze`.
            try db.execute(sql: "ALTER TABLE article ADD COLUMN language TEXT")
        }
        migrator.registerMigration("v9-deleted-guids") { db in
            // The feed guids of removed articles (`Archive.remove(ids:)`): importing the feed
            // again skips them instead of bringing the articles back.
            try db.execute(sql: "CREATE TABLE deleted_guid (guid TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
        }
        migrator.registerMigration("v10-feed-subscriptions") { db in
            // Feeds that `dateline refresh` fetches (`Subscription`), with what the last fetch
            // left: validators for conditional requests, its outcome, and a server's
            // `Retry-After`. `subscription_article` says which feed brought an article; it
            // goes with the article, and with the subscription (the articles stay).
            try db.execute(
                sql: """
                    CREATE TABLE subscription (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        url TEXT NOT NULL UNIQUE,
                        title TEXT,
                        tags TEXT NOT NULL DEFAULT '[]',
                        full_text BOOLEAN NOT NULL DEFAULT 0,
                        added_at DATETIME NOT NULL,
                        etag TEXT,
                        last_modified TEXT,
                        last_success_at DATETIME,
                        last_error TEXT,
                        last_error_at DATETIME,
                        next_allowed_at DATETIME
                    );
                    CREATE TABLE subscription_article (
                        article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                        subscription_id INTEGER NOT NULL REFERENCES subscription(id) ON DELETE CASCADE
                    );
                    CREATE INDEX subscription_article_on_subscription
                        ON subscription_article(subscription_id, article_id);
                    """)
        }
        migrator.registerMigration("v11-article-tags") { db in
            // Any number of tags per article (`Archive+Tags`); removing an article removes its
            // tags. The index on the tag serves the tag filter and the per-tag counts.
            try db.execute(
                sql: """
                    CREATE TABLE article_tag (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        tag TEXT NOT NULL,
                        PRIMARY KEY (article_id, tag)
                    ) WITHOUT ROWID;
                    CREATE INDEX article_tag_on_tag ON article_tag(tag, article_id);
                    """)
        }
        migrator.registerMigration("v12-unread-articles") { db in
            // The list's filters reach their first page through an index instead of walking
            // the articles newest first (`ArticleFilter.conditions`). `unread_article` holds
            // the id of every article not marked read, kept by triggers in the writing
            // transaction: a new article comes in unread, `reading_state` takes it out and puts
            // it back, removing the article removes it. A table of its own rather than a flag
            // on the article: marking read never rewrites an article row (8 KB with its body),
            // and this migration reads ids only. `article_list_walk` holds, in import order,
            // the columns the date, source and language filters test, so that a page of those
            // walks a narrow index instead of the article rows (whose bodies come first); the
            // date filter also reads the covering expression index `article_on_day` when its
            // articles are few, and the language filter `article_on_language` (in import
            // order within a language).
            try db.execute(
                sql: """
                    CREATE TABLE unread_article (
                        article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
                    );
                    INSERT INTO unread_article (article_id)
                    SELECT id FROM article WHERE id NOT IN (SELECT article_id FROM reading_state WHERE read);
                    CREATE TRIGGER unread_article_insert AFTER INSERT ON article BEGIN
                        INSERT INTO unread_article (article_id) VALUES (NEW.id);
                    END;
                    CREATE TRIGGER unread_article_state_insert AFTER INSERT ON reading_state BEGIN
                        DELETE FROM unread_article WHERE NEW.read AND article_id = NEW.article_id;
                        INSERT OR IGNORE INTO unread_article (article_id) SELECT NEW.article_id WHERE NOT NEW.read;
                    END;
                    CREATE TRIGGER unread_article_state_update AFTER UPDATE OF read ON reading_state
                    WHEN NEW.read IS NOT OLD.read BEGIN
                        DELETE FROM unread_article WHERE NEW.read AND article_id = NEW.article_id;
                        INSERT OR IGNORE INTO unread_article (article_id) SELECT NEW.article_id WHERE NOT NEW.read;
                    END;
                    CREATE TRIGGER unread_article_state_delete AFTER DELETE ON reading_state WHEN OLD.read BEGIN
                        INSERT OR IGNORE INTO unread_article (article_id)
                        SELECT OLD.article_id WHERE EXISTS (SELECT 1 FROM article WHERE id = OLD.article_id);
                    END;
                    CREATE INDEX article_on_day ON article(coalesce(published_at, imported_at), published_at, imported_at);
                    CREATE INDEX article_list_walk ON article(id, source, published_at, imported_at, language);
                    CREATE INDEX article_on_language ON article(language);
                    """)
        }
        migrator.registerMigration("v13-read-count") { db in
            // The reader's unread count on its first screen was a count of every read row of
            // `reading_state`: at a million articles mostly read, three quarters of the
            // start-up's instructions. Triggers keep the number of read articles next to the
            // article count, so `Archive.unreadCount()` reads one row. A removed article takes
            // its reading state with it (the foreign key), and so out of the count.
            try db.execute(
                sql: """
                    ALTER TABLE archive_stats ADD COLUMN read_count INTEGER NOT NULL DEFAULT 0;
                    UPDATE archive_stats SET read_count = (SELECT count(*) FROM reading_state WHERE read) WHERE id = 1;
                    CREATE TRIGGER read_count_insert AFTER INSERT ON reading_state WHEN NEW.read BEGIN
                        UPDATE archive_stats SET read_count = read_count + 1 WHERE id = 1;
                    END;
                    CREATE TRIGGER read_count_update AFTER UPDATE OF read ON reading_state
                    WHEN NEW.read IS NOT OLD.read BEGIN
                        UPDATE archive_stats SET read_count = read_count + iif(NEW.read, 1, -1) WHERE id = 1;
                    END;
                    CREATE TRIGGER read_count_delete AFTER DELETE ON reading_state WHEN OLD.read BEGIN
                        UPDATE archive_stats SET read_count = read_count - 1 WHERE id = 1;
                    END;
                    """)
        }
        migrator.registerMigration("v14-search-terms") { db in
            // Short prefixes are searched as an `OR` of their most frequent words
            // (`SearchTerms`), read from a copy of the full-text index's vocabulary.
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE article_fts_terms USING fts5vocab(article_fts, row);
                    CREATE TABLE search_term(term TEXT PRIMARY KEY NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID;
                    ALTER TABLE archive_stats ADD COLUMN search_term_articles INTEGER NOT NULL DEFAULT 0;
                    """)
            try SearchTerms.refresh(db)
        }
        migrator.registerMigration("v15-unread-per-transaction") { db in
            // The insert trigger of `unread_article` made every `INSERT INTO article` a statement
            // with a statement journal (a trigger may fail halfway), which copied each page the
            // row touched before changing it and checked the six tables whose rows refer to the
            // article: 6% of the writing thread's instructions. `ArticleWriter.finish` lists a
            // transaction's new articles as unread with one statement instead, as it indexes
            // and counts them.
            try db.execute(sql: "DROP TRIGGER unread_article_insert")
        }
        migrator.registerMigration("v16-search-terms-follow-edits") { db in
            // `search_term` is kept by imports and removals from the articles' words
            // (`IndexTerms`); Dateline never edits an article's text, but a text changed by
            // another tool marks the table as no longer current, so that the next import copies
            // it from the index again (`SearchTerms.isCurrent`).
            try db.execute(
                sql: """
                    CREATE TRIGGER search_term_edit AFTER UPDATE OF title, byline, body ON article BEGIN
                        UPDATE archive_stats SET search_term_articles = -1 WHERE id = 1;
                    END;
                    """)
        }
        return migrator
    }
}
