import type { Command } from '../command.js';

/** A subcommand by name; its module (and everything it imports) loads only when it runs. */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

/** Every `awo` subcommand, in the order `awo --help` lists them. */
export const commands: CommandEntry[] = [
  { name: 'run', load: async () => (await import('./run.js')).command },
  { name: 'status', load: async () => (await import('./status.js')).command },
  { name: 'approve', load: async () => (await import('./gate.js')).approve },
  { name: 'reject', load: async () => (await import('./gate.js')).reject },
  { name: 'resume', load: async () => (await import('./continue.js')).resume },
  { name: 'retry', load: async () => (await import('./continue.js')).retry },
  { name: 'verify', load: async () => (await import('./verify.js')).command },
  { name: 'pack', load: async () => (await import('./pack.js')).command },
  { name: 'unpack', load: async () => (await import('./unpack.js')).command },
  { name: 'replay', load: async () => (await import('./replay.js')).command },
  { name: 'serve', load: async () => (await import('./serve.js')).command },
  { name: 'proof', load: async () => (await import('./proof.js')).command },
  { name: 'plan', load: async () => (await import('./scale-out.js')).plan },
  { name: 'shard', load: async () => (await import('./scale-out.js')).shard },
  { name: 'merge', load: async () => (await import('./scale-out.js')).merge },
];
