export const id = 462;

export const ids = [ 462 ];

export const modules = {
 9111: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   a: () => findBundle
  });
  var artifacts = __webpack_require__(8089);
  var artifact_error = __webpack_require__(117);
  function selectBundle(artifacts, criteria) {
   const hex = criteria.sha256?.replace(/^sha256:/, "");
   const candidates = artifacts.filter(artifact => {
    if (!artifact.name.startsWith("awo-") || !artifact.name.endsWith(".tar.gz")) return false;
    if (criteria.runId && !artifact.name.startsWith(`awo-${criteria.runId}-`)) return false;
    if (criteria.stage && !artifact.name.includes(`-${criteria.stage}-a`)) return false;
    if (hex) {
     const digest = artifact.digest?.replace(/^sha256:/, "");
     return digest !== undefined ? digest === hex : artifact.name.endsWith(`-${hex.slice(0, 12)}.tar.gz`);
    }
    return true;
   });
   const wanted = [ criteria.stage ? `stage ${criteria.stage}` : "", criteria.runId ? `run id ${criteria.runId}` : "", criteria.sha256 ? `digest ${criteria.sha256}` : "" ].filter(Boolean).join(", ");
   if (candidates.length === 0) {
    const seen = artifacts.map(a => a.name).join(", ") || "none";
    throw new artifact_error.n(`no AWO bundle in this workflow run matches ${wanted || "awo-*.tar.gz"} (artifacts: ${seen}); pass artifact-name and bundle-sha256 from the outputs of the job that uploaded it`);
   }
   const digests = new Set(candidates.map(a => a.digest ?? a.name));
   if (digests.size > 1) {
    throw new artifact_error.n(`several AWO bundles in this workflow run match ${wanted || "awo-*.tar.gz"}: ${candidates.map(a => a.name).join(", ")}; pass artifact-name (or bundle-sha256) to choose one`);
   }
   return [ ...candidates ].sort((a, b) => b.id - a.id)[0];
  }
  async function findBundle(criteria) {
   if (criteria.artifactName) return (0, artifacts.jZ)(criteria.artifactName);
   return selectBundle(await (0, artifacts.wn)(), criteria);
  }
 },
 4462: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.r(__webpack_exports__);
  __webpack_require__.d(__webpack_exports__, {
   verifyMode: () => verifyMode
  });
  var external_node_fs_ = __webpack_require__(3024);
  var external_node_path_ = __webpack_require__(6760);
  var core = __webpack_require__(7094);
  var external_node_os_ = __webpack_require__(8161);
  var external_node_crypto_ = __webpack_require__(7598);
  var promises_ = __webpack_require__(6466);
  var external_node_zlib_ = __webpack_require__(8522);
  var errors = __webpack_require__(4296);
  var bundle_manifest = __webpack_require__(9075);
  var pack = __webpack_require__(631);
  var run_tree = __webpack_require__(9562);
  var safe_extract = __webpack_require__(6156);
  function ancestors(file) {
   const parts = file.split("/");
   return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join("/"));
  }
  async function packingProblem(bundlePath, runDir) {
   const header = Buffer.alloc(10);
   const fd = external_node_fs_.openSync(bundlePath, "r");
   try {
    external_node_fs_.readSync(fd, header, 0, 10, 0);
   } finally {
    external_node_fs_.closeSync(fd);
   }
   if (header[3] !== 0 || header.readUInt32LE(4) !== 0 || header[9] !== pack.ZL) return `${external_node_path_.basename(bundlePath)}: its gzip header carries a name, comment, extra field, time or OS byte that awo pack never writes`;
   const tree = (0, run_tree.sE)(runDir);
   const holding = new Set(tree.files.flatMap(file => ancestors(file.path)));
   const empty = tree.dirs.find(dir => !holding.has(dir));
   if (empty !== undefined) return `${empty}/: an empty folder that no run writes`;
   const inside = (0, external_node_crypto_.createHash)("sha256");
   await (0, promises_.pipeline)(external_node_fs_.createReadStream(bundlePath), external_node_zlib_.createGunzip(), async chunks => {
    for await (const chunk of chunks) inside.update(chunk);
   });
   const expected = (0, external_node_crypto_.createHash)("sha256");
   for await (const chunk of (0, pack.ZS)(runDir, tree)) expected.update(chunk);
   if (inside.digest("hex") !== expected.digest("hex")) return `${external_node_path_.basename(bundlePath)}: its tar is not the deterministic packing of the run it holds (an entry added, or a mode, owner, time or order changed after awo pack)`;
   return undefined;
  }
  async function verifyBundle(bundlePath, opts) {
   const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(opts.tmpDir ?? external_node_os_.tmpdir(), "awo-verify-"));
   try {
    let runDir;
    let sha256;
    try {
     ({runDir: runDir, sha256: sha256} = await (0, safe_extract.zq)(bundlePath, tmp, {
      expectedSha256: opts.expectedSha256,
      maxBytes: opts.maxBytes,
      maxEntries: opts.maxEntries
     }));
    } catch (err) {
     if (err instanceof errors.cs) return {
      ok: false,
      where: err.where,
      message: err.message
     };
     throw err;
    }
    const runId = external_node_path_.basename(runDir);
    const manifest = (0, bundle_manifest.K7)(runDir);
    if (!manifest.ok) return {
     ok: false,
     where: manifest.where,
     message: manifest.message,
     runId: runId,
     sha256: sha256
    };
    const folder = opts.verifyFolder(runDir);
    if (!folder.ok) return {
     ok: false,
     where: folder.where,
     message: folder.message,
     runId: runId,
     sha256: sha256
    };
    if (folder.runId && folder.runId !== runId) return {
     ok: false,
     where: runId,
     message: `${runId}: the bundle's top folder is not the run it holds (input.json names ${folder.runId})`,
     runId: runId,
     sha256: sha256
    };
    if (folder.sealed === false) return {
     ok: false,
     where: "audit/log.jsonl",
     message: "audit/log.jsonl: the run does not end at a sealed stop, and every bundle is packed at one",
     runId: runId,
     sha256: sha256
    };
    const packing = await packingProblem(bundlePath, runDir);
    if (packing) return {
     ok: false,
     where: external_node_path_.basename(bundlePath),
     message: packing,
     runId: runId,
     sha256: sha256
    };
    return {
     ok: true,
     runId: runId,
     sha256: sha256,
     status: folder.status,
     workflowHash: folder.workflowHash,
     notes: folder.notes
    };
   } finally {
    external_node_fs_.rmSync(tmp, {
     recursive: true,
     force: true
    });
   }
  }
  var run_service = __webpack_require__(6705);
  var artifacts = __webpack_require__(8089);
  var find_bundle = __webpack_require__(9111);
  var github_context = __webpack_require__(8141);
  var outputs = __webpack_require__(8948);
  var summary = __webpack_require__(8770);
  async function verifyMode(inputs, ctx) {
   let file;
   let artifact;
   if (inputs.bundlePath) {
    file = external_node_path_.resolve(ctx.workspace, inputs.bundlePath);
   } else {
    artifact = await (0, find_bundle.a)({
     artifactName: inputs.artifactName,
     runId: inputs.runId,
     sha256: inputs.bundleSha256
    });
    file = await (0, artifacts.fv)(artifact, ctx.runnerTemp);
    (0, outputs.n)({
     "artifact-name": artifact.name,
     "artifact-id": String(artifact.id),
     "artifact-url": (0, github_context.W)(ctx, artifact.id)
    });
   }
   let report;
   const verdict = await verifyBundle(file, {
    expectedSha256: inputs.bundleSha256,
    tmpDir: ctx.runnerTemp,
    verifyFolder: dir => report = (0, run_service.Mh)(dir)
   });
   const sha256 = verdict.sha256 ?? `sha256:${await (0, safe_extract.DC)(file)}`;
   (0, outputs.n)({
    "bundle-path": file,
    "bundle-sha256": sha256,
    "run-id": verdict.runId,
    status: report?.status ?? undefined,
    "workflow-hash": report?.workflowHash ?? undefined
   });
   const pinned = inputs.bundleSha256 ? `its SHA-256 equals bundle-sha256 ${inputs.bundleSha256}` : "no bundle-sha256 was given, so its digest was not pinned";
   const notes = verdict.ok ? [ `Verified ${external_node_path_.basename(file)}: ${pinned}; the audit chain, receipts and SHA256SUMS.txt all match (run ${verdict.runId}, status ${report?.status ?? "unknown"}).` ] : [ `Verification FAILED for ${external_node_path_.basename(file)}: ${verdict.message ?? "mismatch"}` ];
   await (0, summary.S)({
    runDir: undefined,
    notes: notes,
    bundle: {
     name: external_node_path_.basename(file),
     sha256: sha256,
     bytes: external_node_fs_.statSync(file).size
    },
    ...artifact ? {
     artifact: {
      id: artifact.id,
      url: (0, github_context.W)(ctx, artifact.id)
     }
    } : {}
   });
   if (!verdict.ok) return {
    failure: `bundle ${file} does not verify: ${verdict.message ?? "mismatch"}${verdict.where ? ` (at ${verdict.where})` : ""}`
   };
   core.pq(notes[0]);
   return {};
  }
 },
 6156: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   DC: () => hashFile,
   zq: () => unpackBundle
  });
  var external_node_fs_ = __webpack_require__(3024);
  var external_node_path_ = __webpack_require__(6760);
  var external_node_zlib_ = __webpack_require__(8522);
  var external_node_crypto_ = __webpack_require__(7598);
  var external_node_events_ = __webpack_require__(8474);
  var promises_ = __webpack_require__(6466);
  var index_min = __webpack_require__(8697);
  var run_tree = __webpack_require__(9562);
  const BLOCK = 512;
  const META_TYPES = new Set([ "ExtendedHeader", "OldExtendedHeader", "GlobalExtendedHeader", "NextFileHasLongPath", "OldGnuLongPath", "NextFileHasLongLinkpath" ]);
  const MAX_META = 1024 * 1024;
  class TarEndTracker {
   eofAt;
   broken=false;
   pos=0;
   skip=0;
   zeroBlocks=0;
   header=Buffer.alloc(0);
   meta;
   ex;
   gex;
   push(chunk) {
    if (this.broken) return true;
    let off = 0;
    while (off < chunk.length) {
     if (this.eofAt !== undefined) {
      for (let i = off; i < chunk.length; i++) if (chunk[i] !== 0) return false;
      break;
     }
     if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length - off);
      if (this.meta && this.meta.collected < this.meta.size && this.meta.size <= MAX_META) {
       const want = Math.min(n, this.meta.size - this.meta.collected);
       this.meta.parts.push(chunk.subarray(off, off + want));
       this.meta.collected += want;
      }
      this.skip -= n;
      off += n;
      this.pos += n;
      if (this.skip === 0 && this.meta) this.endMeta();
      continue;
     }
     const n = Math.min(BLOCK - this.header.length, chunk.length - off);
     this.header = Buffer.concat([ this.header, chunk.subarray(off, off + n) ]);
     off += n;
     this.pos += n;
     if (this.header.length === BLOCK) {
      try {
       this.onHeader(this.header);
      } catch {
       this.broken = true;
       return true;
      }
      this.header = Buffer.alloc(0);
     }
    }
    return true;
   }
   onHeader(block) {
    if (block.every(b => b === 0)) {
     this.zeroBlocks += 1;
     if (this.zeroBlocks === 2) this.eofAt = this.pos;
     return;
    }
    this.zeroBlocks = 0;
    const header = new index_min.Y9(block, 0, this.ex, this.gex);
    const size = header.size ?? 0;
    this.skip = BLOCK * Math.ceil(size / BLOCK);
    if (META_TYPES.has(header.type)) {
     this.meta = {
      type: header.type,
      size: size,
      parts: [],
      collected: 0
     };
     if (this.skip === 0) this.endMeta();
    } else {
     this.ex = undefined;
    }
   }
   endMeta() {
    const meta = this.meta;
    this.meta = undefined;
    if (!meta || meta.size > MAX_META) return;
    const text = Buffer.concat(meta.parts).toString("utf8");
    if (meta.type === "GlobalExtendedHeader") this.gex = index_min.un.parse(text, this.gex, true); else if (meta.type === "ExtendedHeader" || meta.type === "OldExtendedHeader") this.ex = index_min.un.parse(text, this.ex);
   }
  }
  var errors = __webpack_require__(4296);
  var make_folders = __webpack_require__(7383);
  const DEFAULT_MAX_BYTES = 4 * 1024 ** 3;
  const DEFAULT_MAX_ENTRIES = 2e5;
  const HEX = /^[0-9a-f]{64}$/;
  function parseSha256(value) {
   const hex = (value.startsWith("sha256:") ? value.slice(7) : value).trim().toLowerCase();
   if (!HEX.test(hex)) throw new errors.dz(`expected a SHA-256 as sha256:<64 hex> or <64 hex>, found "${value}"`);
   return hex;
  }
  async function hashFile(file) {
   const hash = (0, external_node_crypto_.createHash)("sha256");
   for await (const chunk of external_node_fs_.createReadStream(file, {
    highWaterMark: 1 << 20
   })) hash.update(chunk);
   return hash.digest("hex");
  }
  function refuse(name, why) {
   return new errors.cs(`refused entry ${JSON.stringify(name)}: ${why}`, name);
  }
  function bundleProblem(bundlePath, why) {
   return new errors.cs(`refused bundle ${bundlePath}: ${why}`, bundlePath);
  }
  const TYPE_PROBLEMS = {
   SymbolicLink: "it is a symbolic link; links are not allowed in a bundle",
   Link: "it is a hard link; links are not allowed in a bundle",
   CharacterDevice: "it is a character device; only files and folders are allowed",
   BlockDevice: "it is a block device; only files and folders are allowed",
   FIFO: "it is a FIFO; only files and folders are allowed"
  };
  function entryParts(name, isDir) {
   if ((0, run_tree.Et)(name)) return "the path contains a control character";
   if (name.includes("\\")) return "the path contains a backslash (a path separator on Windows)";
   if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "absolute paths are not allowed";
   const trimmed = isDir && name.endsWith("/") ? name.slice(0, -1) : name;
   const parts = trimmed.split("/");
   if (parts.includes("..")) return "path escapes the bundle's top folder";
   if (parts.some(p => p === "" || p === ".")) return 'the path has an empty or "." component';
   return parts;
  }
  async function extractInto(bundlePath, tmp, limits) {
   const controller = new AbortController;
   let failure;
   const fail = err => {
    if (failure) return;
    failure = err;
    controller.abort(err);
   };
   const hash = (0, external_node_crypto_.createHash)("sha256");
   let inBytes = 0;
   let tail = Buffer.alloc(0);
   let outBytes = 0;
   let crc = 0;
   let sawEof = false;
   const end = new TarEndTracker;
   let top;
   let current;
   let entries = 0;
   let declared = 0;
   const kinds = new Map;
   const writes = [];
   const parser = new index_min.iX({
    strict: true,
    zstd: false,
    brotli: false
   });
   parser.on("error", err => {
    const why = err.message.replace(/^TAR_[A-Z_]+: /, "");
    const at = current === undefined ? "its start" : `entry ${JSON.stringify(current)}`;
    fail(bundleProblem(bundlePath, `the tar stream is invalid at ${at}: ${why}`));
   });
   parser.on("ignoredEntry", entry => {
    fail(refuse(entry.path, `unsupported entry type "${entry.type}"`));
   });
   parser.on("eof", () => {
    sawEof = true;
   });
   parser.on("entry", entry => {
    if (failure) {
     entry.resume();
     return;
    }
    try {
     writes.push(onEntry(entry));
    } catch (err) {
     entry.resume();
     fail(err);
    }
   });
   function onEntry(entry) {
    const name = entry.path;
    current = name;
    if (sawEof) throw refuse(name, "it comes after the end-of-archive marker");
    entries += 1;
    if (entries > limits.maxEntries) {
     throw refuse(name, `the bundle has more than ${limits.maxEntries} entries (the set limit)`);
    }
    const isDir = entry.type === "Directory";
    const parts = entryParts(name, isDir);
    if (typeof parts === "string") throw refuse(name, parts);
    if (!isDir && entry.type !== "File" && entry.type !== "OldFile") {
     throw refuse(name, TYPE_PROBLEMS[entry.type] ?? `unsupported entry type "${entry.type}"`);
    }
    if (top === undefined) top = parts[0];
    if (parts[0] !== top) throw refuse(name, `it is outside the single top folder "${top}"`);
    if (parts.length === 1 && !isDir) throw refuse(name, "a file at the top level; a bundle holds one top folder");
    declared += entry.size;
    if (declared > limits.maxBytes) {
     throw refuse(name, `the bundle expands beyond the limit of ${limits.maxBytes} bytes (decompression bomb?)`);
    }
    const rel = parts.join("/");
    if (kinds.has(rel)) throw refuse(name, "duplicate entry: this path appears twice in the bundle");
    for (let i = 1; i < parts.length; i++) {
     const parent = parts.slice(0, i).join("/");
     if (kinds.get(parent) === "file") throw refuse(name, `its parent "${parent}" is a file`);
     kinds.set(parent, "dir");
    }
    kinds.set(rel, isDir ? "dir" : "file");
    const dest = external_node_path_.join(tmp, ...parts);
    if (isDir) {
     (0, make_folders.w)(dest, 493);
     entry.resume();
     return Promise.resolve();
    }
    (0, make_folders.w)(external_node_path_.dirname(dest), 493);
    const out = external_node_fs_.createWriteStream(dest, {
     flags: "wx",
     mode: 420
    });
    entry.pipe(out);
    return new Promise(resolve => {
     out.on("close", resolve);
     out.on("error", err => {
      entry.resume();
      fail(refuse(name, err.code === "EEXIST" ? "duplicate entry (names collide on this disk)" : (0, 
      errors.bD)(err)));
      resolve();
     });
    });
   }
   const readBundle = async function*(chunks) {
    for await (const chunk of chunks) {
     if (inBytes === 0 && (chunk.length < 3 || chunk[0] !== 31 || chunk[1] !== 139 || chunk[2] !== 8)) {
      throw bundleProblem(bundlePath, "not a gzip file (a bundle is the .tar.gz that awo pack writes)");
     }
     inBytes += chunk.length;
     hash.update(chunk);
     tail = Buffer.concat([ tail, chunk.subarray(Math.max(0, chunk.length - 8)) ]).subarray(-8);
     yield chunk;
    }
   };
   const feedParser = async chunks => {
    for await (const chunk of chunks) {
     if (outBytes === 0 && chunk[0] === 31 && chunk[1] === 139) {
      throw bundleProblem(bundlePath, "the tar stream is itself compressed (a .tar.gz inside a .gz)");
     }
     outBytes += chunk.length;
     crc = external_node_zlib_.crc32(chunk, crc);
     if (outBytes > limits.maxBytes) {
      const after = current === undefined ? "" : ` (reading past entry ${JSON.stringify(current)})`;
      throw bundleProblem(bundlePath, `the bundle expands beyond the limit of ${limits.maxBytes} bytes${after}: decompression bomb?`);
     }
     if (!end.push(chunk)) throw bundleProblem(bundlePath, "data follows the end-of-archive marker");
     if (!parser.write(chunk)) await (0, external_node_events_.once)(parser, "drain", {
      signal: controller.signal
     });
     if (failure) throw failure;
    }
    const ended = (0, external_node_events_.once)(parser, "end", {
     signal: controller.signal
    });
    parser.end();
    await ended;
   };
   try {
    await (0, promises_.pipeline)(external_node_fs_.createReadStream(bundlePath, {
     highWaterMark: 1 << 20
    }), readBundle, external_node_zlib_.createGunzip({
     chunkSize: 256 * 1024
    }), feedParser, {
     signal: controller.signal
    });
    await Promise.all(writes);
   } catch (err) {
    if (failure) throw failure;
    if (err instanceof errors._) throw err;
    if (err.name === "AbortError") {
     throw bundleProblem(bundlePath, "data follows the gzip stream (the gzip member ends before the file does)");
    }
    const code = err.code;
    if (code === "Z_BUF_ERROR") throw bundleProblem(bundlePath, "the gzip stream is truncated");
    if (code === "Z_DATA_ERROR") {
     throw bundleProblem(bundlePath, `the gzip stream is corrupt or has data after its end (${(0, 
     errors.bD)(err)})`);
    }
    throw err;
   }
   if (failure) throw failure;
   if (tail.length < 8 || tail.readUInt32LE(0) !== crc >>> 0 || tail.readUInt32LE(4) !== outBytes % 2 ** 32) {
    throw bundleProblem(bundlePath, "data follows the gzip stream (trailing garbage or a second gzip member)");
   }
   if (top === undefined) throw bundleProblem(bundlePath, "the bundle holds no entries");
   if (!sawEof || end.eofAt === undefined) throw bundleProblem(bundlePath, "the tar stream has no end-of-archive marker (truncated?)");
   return {
    top: top,
    hex: hash.digest("hex")
   };
  }
  async function unpackBundle(bundlePath, targetDir, opts = {}) {
   const limits = {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxEntries: opts.maxEntries ?? DEFAULT_MAX_ENTRIES
   };
   const expected = opts.expectedSha256 === undefined ? undefined : parseSha256(opts.expectedSha256);
   let stat;
   try {
    stat = external_node_fs_.statSync(bundlePath);
   } catch {
    throw new errors.m_(`bundle not found: ${bundlePath}`);
   }
   if (!stat.isFile()) throw new errors.dz(`not a bundle file: ${bundlePath}`);
   if (expected !== undefined) {
    const found = await hashFile(bundlePath);
    if (found !== expected) {
     throw new errors.cs(`bundle digest mismatch for ${bundlePath}: expected sha256:${expected}, found sha256:${found}; nothing was extracted`, bundlePath);
    }
   }
   const absTarget = external_node_path_.resolve(targetDir);
   const createdTarget = !external_node_fs_.existsSync(absTarget);
   try {
    (0, make_folders.w)(absTarget);
   } catch (err) {
    throw new errors.dz(`cannot unpack into ${absTarget}: ${(0, errors.bD)(err)}`);
   }
   const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(absTarget, ".awo-unpack-"));
   try {
    const {top: top, hex: hex} = await extractInto(bundlePath, tmp, limits);
    if (expected !== undefined && hex !== expected) {
     throw new errors.cs(`bundle ${bundlePath} changed while it was being extracted`, bundlePath);
    }
    const runDir = external_node_path_.join(absTarget, top);
    if (external_node_fs_.existsSync(runDir)) throw new errors.dz(`${runDir} already exists; unpack into another folder`);
    external_node_fs_.renameSync(external_node_path_.join(tmp, top), runDir);
    external_node_fs_.rmSync(tmp, {
     recursive: true,
     force: true
    });
    return {
     runDir: runDir,
     sha256: `sha256:${hex}`
    };
   } catch (err) {
    external_node_fs_.rmSync(tmp, {
     recursive: true,
     force: true
    });
    if (createdTarget) external_node_fs_.rmSync(absTarget, {
     recursive: true,
     force: true
    });
    throw err;
   }
  }
 }
};
