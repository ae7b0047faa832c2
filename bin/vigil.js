#!/usr/bin/env node
// Vigil runs its TypeScript sources through tsx (see docs/adr/0001-runtime-and-stack.md).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
