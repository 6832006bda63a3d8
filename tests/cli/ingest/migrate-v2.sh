# A schema-2 database (no claim.actor_pronoun, antecedent_start, antecedent_end)
# is migrated to schema 3 when opened for writing; its rows are kept, with
# NULL in the new columns, and new claims fill them.
printf 'Published: 2016-09-03\n\nThe airline said on Friday that it would cancel the order.\n' >a.txt
printf 'Published: 2016-09-04\n\nThe ministers said on Saturday that they would meet again.\n' >b.txt
"$NEWSLINE" -q -d t.db ingest a.txt
# Turn it back into a schema-2 database, as an older newsline wrote it.
sqlite3 t.db "ALTER TABLE claim DROP COLUMN actor_pronoun;
              ALTER TABLE claim DROP COLUMN antecedent_start;
              ALTER TABLE claim DROP COLUMN antecedent_end;
              UPDATE claim SET actor = 'it' WHERE action = 'cancel';
              DELETE FROM newsline_schema WHERE version > 2;"
"$NEWSLINE" -q -d t.db ingest b.txt
sqlite3 t.db "SELECT version FROM newsline_schema ORDER BY version;
              SELECT d.name, c.action, c.actor, coalesce(c.actor_pronoun, 'NULL'),
                     coalesce(substr(d.text, c.antecedent_start + 1,
                                     c.antecedent_end - c.antecedent_start), 'NULL')
              FROM claim c JOIN document d ON d.id = c.document_id
              WHERE c.kind = 'verb' ORDER BY c.id"
