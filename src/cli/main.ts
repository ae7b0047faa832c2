// The `vigil` command line. Each subcommand lives in ./commands and receives the IO it writes to,
// so tests run commands in-process and read what they print.
import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, explainStartupError, type CliIo } from './cli-context.ts';
import { adminCommand } from './commands/admin.ts';
import { auditCommand } from './commands/audit.ts';
import { bankCommand } from './commands/bank.ts';
import { itemsCommand } from './commands/items.ts';
import { hashCommand } from './commands/hash.ts';
import { migrateCommand } from './commands/migrate.ts';
import { serveCommand, type ServeHandle } from './commands/serve.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';

export interface RunOptions {
  io?: Partial<CliIo>;
  onServeStarted?: (handle: ServeHandle) => void;
}

export function buildProgram(io: CliIo, options: RunOptions = {}): Command {
  const program = new Command('vigil')
    .description('Vigil: find, refer and take down terrorist propaganda across platforms, together.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  const ffmpegPath = io.env.VIGIL_FFMPEG_PATH?.trim();
  const commands = [
    serveCommand(io, options.onServeStarted),
    migrateCommand(io),
    hashCommand({ stdout: io.stdout, stderr: io.stderr }, ffmpegPath ? { ffmpegPath } : {}),
    adminCommand(io),
    bankCommand(io),
    itemsCommand(io),
    auditCommand(io),
    seedDemoCommand(io),
  ];
  for (const command of commands) {
    program.addCommand(command);
  }
  // Every command, however deep, reports through io and returns instead of exiting the process.
  const applyEverywhere = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    command.commands.forEach(applyEverywhere);
  };
  applyEverywhere(program);
  return program;
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, ...options.io };
  const program = buildProgram(io, options);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code.startsWith('vigil.') || error.code === 'commander.error') return error.exitCode;
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const explained = explainStartupError(error);
    if (explained) {
      io.stderr.write(`${explained.message}\n`);
      return explained.exitCode;
    }
    io.stderr.write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
