import type { Command } from '../command.js';
import { command as run } from './run.js';
import { command as serve } from './serve.js';
import { resume, retry } from './continue.js';
import { approve, reject } from './gate.js';
import { command as status } from './status.js';
import { command as verify } from './verify.js';
import { command as pack } from './pack.js';
import { command as unpack } from './unpack.js';
import { command as replay } from './replay.js';
import { command as proof } from './proof.js';

import { scaleOutCommands } from './scale-out.js';

/** Every `awo` subcommand, in the order `awo --help` lists them. */
export const commands: Command[] = [
  run,
  status,
  approve,
  reject,
  resume,
  retry,
  verify,
  pack,
  unpack,
  replay,
  serve,
  proof,

  ...scaleOutCommands,
];
