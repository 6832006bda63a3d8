# A schema-1 database is migrated to the current schema when opened for writing;
# its rows are kept.
printf 'Published: 2016-09-03\n\nThe ministers met on Friday in Geneva.\n' >a.txt
printf 'Published: 2016-09-04\n\nThe ministers met again on Saturday in Geneva.\n' >b.txt
"$NEWSLINE" -q -d t.db ingest a.txt
# Turn it back into a schema-1 database, as an older newsline wrote it.
sqlite3 t.db "ALTER TABLE claim DROP COLUMN kind; ALTER TABLE claim DROP COLUMN quantity;
              ALTER TABLE claim DROP COLUMN actor_pronoun;
              ALTER TABLE claim DROP COLUMN antecedent_start;
              ALTER TABLE claim DROP COLUMN antecedent_end;
              DELETE FROM newsline_schema WHERE version > 1;"
"$NEWSLINE" -q -d t.db ingest b.txt
sqlite3 t.db "SELECT version FROM newsline_schema ORDER BY version;
              SELECT d.name, c.kind, c.action FROM claim c JOIN document d ON d.id = c.document_id ORDER BY c.id"
