# A database written by the previous newsline (schema 2, before the
# actor_pronoun column): timeline upgrades it in one transaction and reads
# it, instead of failing on the missing column; show reads it afterwards.
cp "$ROOT/tests/cli/timeline/schema2.db" old.db
"$NEWSLINE" timeline -d old.db --format csv
"$NEWSLINE" show -d old.db 1 | grep -c '^'
