/*
 * commands.h: entry points of the subcommands (one cmd_<name>.c each).
 * Each returns an exit status (cli.h) and never calls exit().
 */
#ifndef COMMANDS_H
#define COMMANDS_H

#include "cli.h"

int cmd_extract(int argc, char **argv, struct cli *cli);
int cmd_ingest(int argc, char **argv, struct cli *cli);
int cmd_pos(int argc, char **argv, struct cli *cli);
int cmd_show(int argc, char **argv, struct cli *cli);
int cmd_tag(int argc, char **argv, struct cli *cli);
int cmd_timeline(int argc, char **argv, struct cli *cli);

#endif
