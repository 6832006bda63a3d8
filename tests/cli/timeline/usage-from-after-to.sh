"$NEWSLINE" timeline --from 2017 --to 2016
