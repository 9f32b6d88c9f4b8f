import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../core/errors.js';
import type { Receipt, WorkflowReceipt } from '../core/receipts.js';
import type { VerifyReport } from '../core/verify-report.js';
import { packRun, type PackedBundle } from '../bundle/pack.js';
import { verifyBundle, type BundleVerdict } from '../bundle/verify-bundle.js';
import { verifyFolder } from '../store/run-service.js';

/** The run's Merkle checkpoint (`audit/checkpoint.json`), when the run records one. */
export interface Checkpoint {
  run_id: string;
  size: number;
  root: string;
}

/** What the proof established about one run folder, and what it copied into the receipts folder. */
export interface RunEvidence {
  runDir: string;
  /** `awo verify <run folder>`: the same function. */
  folder: VerifyReport | { ok: false; message: string };
  bundle: PackedBundle | null;
  /** `awo verify <bundle> --sha256 <digest>`: the same function. */
  bundleVerdict: BundleVerdict | null;
  /** Why the bundle could not be packed, when it could not. */
  packProblem: string | null;
  /** Step and gate receipts in chain order (as the workflow receipt lists them). */
  chain: Receipt[];
  workflowReceipt: WorkflowReceipt | null;
  checkpoint: Checkpoint | null;
  /** Files written under the test's receipts folder, relative to it, sorted. */
  files: string[];
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

function copyInto(runDir: string, rel: string, outDir: string, files: string[]): void {
  const from = path.join(runDir, rel);
  if (!fs.existsSync(from)) return;
  if (fs.statSync(from).isDirectory()) {
    for (const name of fs.readdirSync(from).sort()) copyInto(runDir, `${rel}/${name}`, outDir, files);
    return;
  }
  fs.mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
  fs.copyFileSync(from, path.join(outDir, rel));
  files.push(rel);
}

/**
 * Verifies the run folder, copies its receipts (`receipts/**`), audit log and checkpoint (when present)
 * into `outDir`, packs the folder into `outDir` with `awo pack`'s code, writes `<bundle>.sha256`
 * (`sha256sum -c` format) and verifies the bundle against that digest with `awo verify`'s code.
 */
export async function collectEvidence(runDir: string, outDir: string): Promise<RunEvidence> {
  fs.mkdirSync(outDir, { recursive: true });
  let folder: RunEvidence['folder'];
  try {
    folder = verifyFolder(runDir);
  } catch (err) {
    folder = { ok: false, message: messageOf(err) };
  }
  const files: string[] = [];
  for (const rel of ['receipts', 'audit/log.jsonl', 'audit/checkpoint.json'])
    copyInto(runDir, rel, outDir, files);

  // A folder that does not verify may lack what the chain names: the verify report says why; show what exists.
  const read = <T>(rel: string): T | null => {
    try {
      return readJson<T>(path.join(runDir, rel));
    } catch {
      return null;
    }
  };
  const workflowReceipt = read<WorkflowReceipt>('receipts/workflow.json');
  const chain = (workflowReceipt?.receipts ?? [])
    .map((entry) => read<Receipt>(`receipts/${entry.kind}s/${entry.id}.json`))
    .filter((receipt): receipt is Receipt => receipt !== null);
  const checkpoint = read<Checkpoint>('audit/checkpoint.json');

  let bundle: PackedBundle | null = null;
  let bundleVerdict: BundleVerdict | null = null;
  let packProblem: string | null = null;
  try {
    bundle = await packRun(runDir, outDir);
    fs.writeFileSync(`${bundle.path}.sha256`, `${bundle.sha256.slice('sha256:'.length)}  ${bundle.name}\n`);
    files.push(bundle.name, `${bundle.name}.sha256`);
    bundleVerdict = await verifyBundle(bundle.path, {
      expectedSha256: bundle.sha256,
      verifyFolder: (dir) => verifyFolder(dir),
    });
  } catch (err) {
    packProblem = messageOf(err);
  }
  return {
    runDir,
    folder,
    bundle,
    bundleVerdict,
    packProblem,
    chain,
    workflowReceipt,
    checkpoint,
    files: files.sort(),
  };
}
