/**
 * What every `tfscope` subcommand shares with commander: output to the streams it is given (the process's,
 * or a test's strings), never `process.exit`, and the exit status of a usage error (2) or of `--help` (0).
 */
import { Command, CommanderError } from "commander";

/** A command's output streams. */
export interface CommandIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** A subcommand's parser, writing its help and errors to `io`. */
export function commandFor(name: string, io: CommandIO): Command {
  return new Command(name)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

/** Parses `argv` (what follows the command's name): null when it parsed, else the exit status. */
export function parseCommandLine(program: Command, argv: readonly string[]): number | null {
  try {
    program.parse([...argv], { from: "user" });
    return null;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
}
