export const id = 942;

export const ids = [ 942 ];

export const modules = {
 117: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   n: () => ArtifactError
  });
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
  class ArtifactError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__._ {
   constructor(message) {
    super("ARTIFACT", message, 1);
   }
  }
 },
 8089: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   fv: () => downloadBundle,
   jZ: () => getArtifact,
   sd: () => uploadBundle,
   wn: () => listArtifacts
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7094);
  var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(584);
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
  var _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(117);
  var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7383);
  function explain(what, name, err) {
   const message = (0, _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err);
   if (/\(409\)/.test(message)) {
    return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: an artifact with this name already exists in this workflow run (409 Conflict). ` + "Each job, stage and attempt uploads under its own name, so this means two steps uploaded byte-identical evidence under one job id; " + `give them different runs-dir values or job ids. Service said: ${message}`);
   }
   if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
    return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: the artifact service is not available to this step (${message}); run the action as a step of a GitHub Actions job`);
   }
   return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: ${message}. The artifact service may be unavailable; re-run the job to retry`);
  }
  async function uploadBundle(file, retentionDays) {
   const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9;
   const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file);
   let result;
   try {
    result = await client.uploadArtifact(name, [ file ], node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), {
     skipArchive: true,
     ...retentionDays > 0 ? {
      retentionDays: retentionDays
     } : {}
    });
   } catch (err) {
    throw explain("uploading artifact", name, err);
   }
   if (result.id === undefined || result.digest === undefined) {
    throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`uploading artifact ${name}: the service did not return an artifact id and digest`);
   }
   return {
    id: result.id,
    digest: `sha256:${result.digest.replace(/^sha256:/, "")}`,
    size: result.size ?? 0
   };
  }
  async function listArtifacts() {
   try {
    return (await (new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).listArtifacts()).artifacts;
   } catch (err) {
    throw explain("listing artifacts of", "this workflow run", err);
   }
  }
  async function getArtifact(name) {
   try {
    return (await (new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).getArtifact(name)).artifact;
   } catch (err) {
    if (/not found/i.test((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err))) {
     throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`no artifact named ${name} in this workflow run; artifact-name must be the artifact-name output of the job that uploaded the bundle, in the same workflow run`);
    }
    throw explain("finding artifact", name, err);
   }
  }
  async function downloadBundle(artifact, tempRoot) {
   (0, _store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__.w)(tempRoot);
   const dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tempRoot, "awo-download-"));
   try {
    await (new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).downloadArtifact(artifact.id, {
     path: dir,
     skipDecompress: true
    });
   } catch (err) {
    throw explain("downloading artifact", artifact.name, err);
   }
   const files = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir);
   if (files.length !== 1) {
    throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`downloading artifact ${artifact.name} gave ${files.length} files (${files.join(", ")}); a bundle artifact holds exactly one .tar.gz`);
   }
   const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, files[0]);
   _actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`Downloaded artifact ${artifact.name} (id ${artifact.id}) to ${file}`);
   return file;
  }
 },
 8948: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   n: () => setOutputs
  });
  var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7094);
  function setOutputs(outputs) {
   for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined && value !== null) _actions_core__WEBPACK_IMPORTED_MODULE_0__.uH(name, value);
   }
  }
 },
 9075: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   HN: () => writeManifest,
   K7: () => checkManifest
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
  var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
  var _run_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9562);
  const MANIFEST_NAME = "SHA256SUMS.txt";
  const PARTIAL_NAME = `.${MANIFEST_NAME}.partial`;
  const HEX = /^[0-9a-f]{64}$/;
  const CHUNK = 1 << 20;
  function hashFileSync(file, buffer = Buffer.allocUnsafe(CHUNK)) {
   const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256");
   const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
   try {
    for (;;) {
     const n = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, 0, buffer.length, null);
     if (n === 0) break;
     hash.update(buffer.subarray(0, n));
    }
   } finally {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
   }
   return hash.digest("hex");
  }
  function manifestLine(hex, rel) {
   if (!rel.includes("\\")) return `${hex}  ./${rel}\n`;
   return `\\${hex}  ./${rel.replaceAll("\\", "\\\\")}\n`;
  }
  function knownHex(value, rel) {
   const hex = value.startsWith("sha256:") ? value.slice("sha256:".length) : value;
   if (!HEX.test(hex)) throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);
   return hex;
  }
  function writeManifest(runDir, knownDigests) {
   node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, PARTIAL_NAME), {
    force: true
   });
   const buffer = Buffer.allocUnsafe(CHUNK);
   let text = "";
   for (const rel of (0, _run_tree_js__WEBPACK_IMPORTED_MODULE_4__.ty)(runDir)) {
    if (rel === MANIFEST_NAME) continue;
    const known = knownDigests?.get(rel);
    const hex = known === undefined ? hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel), buffer) : knownHex(known, rel);
    text += manifestLine(hex, rel);
   }
   const partial = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, PARTIAL_NAME);
   node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(partial, text, {
    mode: 420
   });
   node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(partial, node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, MANIFEST_NAME));
  }
  function parseManifest(text) {
   if (text.length > 0 && !text.endsWith("\n")) {
    return {
     where: MANIFEST_NAME,
     message: `${MANIFEST_NAME} does not end with a newline (truncated?)`
    };
   }
   const lines = text.split("\n");
   lines.pop();
   const listed = [];
   for (const [index, line] of lines.entries()) {
    const where = `${MANIFEST_NAME}:${index + 1}`;
    const m = /^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);
    if (!m) {
     return {
      where: where,
      message: `${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`
     };
    }
    const rel = m[1] === "\\" ? m[3].replace(/\\(.)/g, (_, c) => c === "n" ? "\n" : c) : m[3];
    const previous = listed.at(-1);
    if (previous && (0, _run_tree_js__WEBPACK_IMPORTED_MODULE_4__.GV)(previous.rel, rel) >= 0) {
     return {
      where: where,
      message: `${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice`
     };
    }
    if (rel === MANIFEST_NAME) return {
     where: where,
     message: `${where}: the manifest must not list itself`
    };
    listed.push({
     hex: m[2],
     rel: rel
    });
   }
   return listed;
  }
  function checkManifest(runDir) {
   let text;
   try {
    text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, MANIFEST_NAME), "utf8");
   } catch {
    return {
     ok: false,
     where: MANIFEST_NAME,
     message: `${MANIFEST_NAME} is missing from ${runDir}`
    };
   }
   const listed = parseManifest(text);
   if (!Array.isArray(listed)) return {
    ok: false,
    ...listed
   };
   let present;
   try {
    present = (0, _run_tree_js__WEBPACK_IMPORTED_MODULE_4__.ty)(runDir).filter(rel => rel !== MANIFEST_NAME);
   } catch (err) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.cs) return {
     ok: false,
     where: err.where,
     message: err.message
    };
    throw err;
   }
   const buffer = Buffer.allocUnsafe(CHUNK);
   let i = 0;
   let j = 0;
   while (i < listed.length || j < present.length) {
    const order = i >= listed.length ? 1 : j >= present.length ? -1 : (0, _run_tree_js__WEBPACK_IMPORTED_MODULE_4__.GV)(listed[i].rel, present[j]);
    if (order < 0) {
     const rel = listed[i].rel;
     return {
      ok: false,
      where: rel,
      message: `${rel}: listed in ${MANIFEST_NAME} but missing`
     };
    }
    if (order > 0) {
     const rel = present[j];
     return {
      ok: false,
      where: rel,
      message: `${rel}: present but not listed in ${MANIFEST_NAME}`
     };
    }
    const {rel: rel, hex: hex} = listed[i];
    const found = hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel), buffer);
    if (found !== hex) {
     return {
      ok: false,
      where: rel,
      message: `${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`
     };
    }
    i += 1;
    j += 1;
   }
   return {
    ok: true
   };
  }
 },
 631: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   ZL: () => GZIP_OS_UNIX,
   jX: () => packRun,
   ZS: () => runTar
  });
  var external_node_fs_ = __webpack_require__(3024);
  var external_node_path_ = __webpack_require__(6760);
  var external_node_zlib_ = __webpack_require__(8522);
  var external_node_crypto_ = __webpack_require__(7598);
  var external_node_stream_ = __webpack_require__(7075);
  var promises_ = __webpack_require__(6466);
  var errors = __webpack_require__(4296);
  var index_min = __webpack_require__(8697);
  var run_tree = __webpack_require__(9562);
  const FILE_MODE = 420;
  const DIR_MODE = 493;
  const BLOCK = 512;
  const SMALL_FILE = 256 * 1024;
  const READ_CHUNK = 1024 * 1024;
  const BATCH = 1024 * 1024;
  const ZEROS = Buffer.alloc(BLOCK * 2);
  const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
  function entryHeader(name, type, size, mtime) {
   const archivePath = type === "Directory" ? `${name}/` : name;
   const header = new index_min.Y9({
    path: archivePath,
    mode: type === "Directory" ? DIR_MODE : FILE_MODE,
    uid: 0,
    gid: 0,
    size: size,
    mtime: mtime,
    type: type,
    uname: "",
    gname: ""
   });
   const needPax = header.encode();
   const block = header.block;
   if (!needPax) return block;
   const pax = new index_min.un({
    path: archivePath,
    size: size > 8589934591 ? size : undefined
   });
   return Buffer.concat([ pax.encode(), block ]);
  }
  function padding(size) {
   const rest = size % BLOCK;
   return rest === 0 ? ZEROS.subarray(0, 0) : ZEROS.subarray(0, BLOCK - rest);
  }
  function changed(name, expected) {
   return new errors.cs(`refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`, name);
  }
  function readSmall(item) {
   const fd = external_node_fs_.openSync(item.abs, external_node_fs_.constants.O_RDONLY | NOFOLLOW);
   try {
    const data = Buffer.allocUnsafe(item.size + 1);
    let got = 0;
    for (;;) {
     const n = external_node_fs_.readSync(fd, data, got, data.length - got, null);
     if (n === 0) break;
     got += n;
     if (got === data.length) break;
    }
    if (got !== item.size) throw changed(item.name, item.size);
    return data.subarray(0, got);
   } finally {
    external_node_fs_.closeSync(fd);
   }
  }
  async function* readLarge(item) {
   const handle = await external_node_fs_.promises.open(item.abs, external_node_fs_.constants.O_RDONLY | NOFOLLOW);
   try {
    let left = item.size;
    while (left > 0) {
     const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, left));
     const {bytesRead: bytesRead} = await handle.read(buffer, 0, buffer.length, null);
     if (bytesRead === 0) throw changed(item.name, item.size);
     left -= bytesRead;
     yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    }
    const {bytesRead: bytesRead} = await handle.read(Buffer.alloc(1), 0, 1, null);
    if (bytesRead !== 0) throw changed(item.name, item.size);
   } finally {
    await handle.close();
   }
  }
  function tarItems(runDir, topName, tree) {
   const items = [ {
    name: topName,
    size: 0
   } ];
   for (const dir of tree.dirs) items.push({
    name: `${topName}/${dir}`,
    size: 0
   });
   for (const file of tree.files) {
    items.push({
     name: `${topName}/${file.path}`,
     abs: external_node_path_.join(runDir, file.path),
     size: file.size
    });
   }
   return items.sort((a, b) => (0, run_tree.GV)(a.name, b.name));
  }
  async function* deterministicTar(items, mtime) {
   let batch = [];
   let batched = 0;
   const add = chunk => {
    batch.push(chunk);
    batched += chunk.length;
   };
   const flush = () => {
    const out = batch.length === 1 ? batch[0] : Buffer.concat(batch, batched);
    batch = [];
    batched = 0;
    return out;
   };
   for (const item of items) {
    if (item.abs === undefined) {
     add(entryHeader(item.name, "Directory", 0, mtime));
    } else if (item.size <= SMALL_FILE) {
     const data = readSmall({
      ...item,
      abs: item.abs
     });
     add(entryHeader(item.name, "File", item.size, mtime));
     add(data);
     add(padding(item.size));
    } else {
     add(entryHeader(item.name, "File", item.size, mtime));
     yield flush();
     yield* readLarge({
      ...item,
      abs: item.abs
     });
     add(padding(item.size));
    }
    if (batched >= BATCH) yield flush();
   }
   add(ZEROS);
   yield flush();
  }
  var make_folders = __webpack_require__(7383);
  var run_folder = __webpack_require__(9089);
  const GZIP_OS_UNIX = 3;
  function runIdOf(runDir) {
   const inputPath = external_node_path_.join(runDir, "input.json");
   if (!external_node_fs_.existsSync(inputPath)) return external_node_path_.basename(runDir);
   let runId;
   try {
    runId = JSON.parse(external_node_fs_.readFileSync(inputPath, "utf8")).run_id;
   } catch {
    throw new errors.dz(`${inputPath} is not valid JSON; cannot name the bundle`);
   }
   if (typeof runId !== "string" || !run_folder.UC.test(runId)) throw new errors.dz(`${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`);
   return runId;
  }
  function readRunFacts(runDir) {
   const facts = {
    runId: runIdOf(runDir),
    shortSha: "nosha",
    mtime: new Date(0)
   };
   const metaPath = external_node_path_.join(runDir, "metadata.json");
   if (!external_node_fs_.existsSync(metaPath)) return facts;
   let meta;
   try {
    meta = JSON.parse(external_node_fs_.readFileSync(metaPath, "utf8"));
   } catch {
    throw new errors.dz(`${metaPath} is not valid JSON; cannot name or date the bundle`);
   }
   if (typeof meta !== "object" || meta === null) return facts;
   const record = meta;
   if (record.created_at !== undefined) {
    const ms = typeof record.created_at === "string" ? Date.parse(record.created_at) : NaN;
    if (Number.isNaN(ms)) {
     throw new errors.dz(`${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`);
    }
    facts.mtime = new Date(Math.floor(ms / 1e3) * 1e3);
   }
   const sha = record.git?.sha;
   if (typeof sha === "string") {
    if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
     throw new errors.dz(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`);
    }
    facts.shortSha = sha.slice(0, 7).toLowerCase();
   }
   return facts;
  }
  function realFolder(runDir) {
   const abs = external_node_path_.resolve(runDir);
   return external_node_fs_.existsSync(abs) ? external_node_fs_.realpathSync(abs) : abs;
  }
  function isInside(child, parent) {
   const rel = external_node_path_.relative(parent, child);
   return rel === "" || !rel.startsWith("..") && !external_node_path_.isAbsolute(rel);
  }
  function runTar(runDir, tree) {
   const absRun = realFolder(runDir);
   return tarOf(absRun, readRunFacts(absRun), tree ?? (0, run_tree.sE)(absRun));
  }
  function tarOf(absRun, facts, tree) {
   return deterministicTar(tarItems(absRun, facts.runId, tree), facts.mtime);
  }
  function bundleName(runDir) {
   const facts = readRunFacts(runDir);
   return `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
  }
  async function packRun(runDir, outDir, opts = {}) {
   const absRun = realFolder(runDir);
   const absOut = external_node_path_.resolve(outDir);
   const facts = readRunFacts(absRun);
   if (isInside(absOut, absRun)) {
    throw new errors.dz(`the bundle cannot be written inside the run folder it packs: ${absOut}`);
   }
   const tar = tarOf(absRun, facts, (0, run_tree.sE)(absRun));
   const name = `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
   try {
    (0, make_folders.w)(absOut);
   } catch (err) {
    throw new errors.dz(`cannot create output folder ${absOut}: ${(0, errors.bD)(err)}`);
   }
   const finalPath = external_node_path_.join(absOut, name);
   const partial = external_node_path_.join(absOut, `.${name}.${process.pid}.partial`);
   const hash = (0, external_node_crypto_.createHash)("sha256");
   let bytes = 0;
   const fixHeaderAndHash = async function*(chunks) {
    for await (const chunk of chunks) {
     if (bytes < 10 && bytes + chunk.length > 9) chunk[9 - bytes] = GZIP_OS_UNIX;
     bytes += chunk.length;
     hash.update(chunk);
     yield chunk;
    }
   };
   try {
    await (0, promises_.pipeline)(external_node_stream_.Readable.from(tar), external_node_zlib_.createGzip({
     level: opts.level ?? 6,
     chunkSize: 256 * 1024
    }), fixHeaderAndHash, external_node_fs_.createWriteStream(partial, {
     mode: 420
    }));
    external_node_fs_.renameSync(partial, finalPath);
   } catch (err) {
    external_node_fs_.rmSync(partial, {
     force: true
    });
    throw err;
   }
   return {
    path: finalPath,
    name: name,
    sha256: `sha256:${hash.digest("hex")}`,
    bytes: bytes
   };
  }
 },
 9562: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Et: () => hasControlChar,
   GV: () => compareBytewise,
   sE: () => listRunTree,
   ty: () => listRunFiles
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
  function compareBytewise(a, b) {
   return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
  }
  function sortBytewise(paths) {
   return paths.map(p => ({
    p: p,
    b: Buffer.from(p, "utf8")
   })).sort((x, y) => Buffer.compare(x.b, y.b)).map(x => x.p);
  }
  function hasControlChar(name) {
   for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 32 || c === 127) return true;
   }
   return false;
  }
  function kindOf(entry) {
   if (entry.isSymbolicLink()) return "a symbolic link";
   if (entry.isFIFO()) return "a FIFO";
   if (entry.isCharacterDevice()) return "a character device";
   if (entry.isBlockDevice()) return "a block device";
   if (entry.isSocket()) return "a socket";
   return "not a regular file or folder";
  }
  function listRunTree(runDir) {
   return walkRunTree(runDir, true);
  }
  function listRunFiles(runDir) {
   return walkRunTree(runDir, false).files.map(f => f.path);
  }
  function walkRunTree(runDir, withSizes) {
   let top;
   try {
    top = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(runDir);
   } catch {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`run folder not found: ${runDir}`);
   }
   if (!top.isDirectory()) throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`not a run folder (not a directory): ${runDir}`);
   const files = [];
   const dirs = [];
   const pending = [ "" ];
   while (pending.length > 0) {
    const rel = pending.pop();
    const abs = rel === "" ? runDir : node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel);
    for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(abs, {
     withFileTypes: true
    })) {
     const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
     if (hasControlChar(entry.name)) {
      throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: file names with control characters cannot be listed in SHA256SUMS.txt`, childRel);
     }
     if (entry.isDirectory()) {
      dirs.push(childRel);
      pending.push(childRel);
     } else if (entry.isFile()) {
      files.push({
       path: childRel,
       size: withSizes ? node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, entry.name)).size : 0
      });
     } else {
      throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: it is ${kindOf(entry)}; a run folder may hold only regular files and folders`, childRel);
     }
    }
   }
   const order = new Map(sortBytewise(files.map(f => f.path)).map((p, i) => [ p, i ]));
   files.sort((a, b) => order.get(a.path) - order.get(b.path));
   return {
    files: files,
    dirs: sortBytewise(dirs)
   };
  }
 },
 299: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Bc: () => isDigest,
   D_: () => prettyJson,
   G5: () => digestObject,
   QN: () => digestBytes,
   dj: () => canonicalJson,
   fg: () => sha256Hex
  });
  var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
  var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
  var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3842);
  var canonicalize__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(canonicalize__WEBPACK_IMPORTED_MODULE_1__);
  const canonicalize = canonicalize__WEBPACK_IMPORTED_MODULE_1___default();
  const oneShot = typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash === "function" ? data => node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash("sha256", data, "hex") : undefined;
  function sha256Hex(data) {
   return oneShot ? oneShot(data) : node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash("sha256").update(data).digest("hex");
  }
  function digestBytes(data) {
   return `sha256:${sha256Hex(data)}`;
  }
  function canonicalJson(value) {
   const text = canonicalize(value);
   if (text === undefined) throw new TypeError("value cannot be canonicalized as JSON");
   return text;
  }
  function prettyJson(value) {
   return JSON.stringify(value, null, 2) + "\n";
  }
  function digestObject(value) {
   return digestBytes(canonicalJson(value));
  }
  function isDigest(value) {
   return typeof value === "string" && /^sha256:[0-9a-f]{64}$/.test(value);
  }
 },
 7383: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   w: () => makeFolders
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  function makeFolders(dir, mode) {
   const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
   try {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target, {
     mode: mode
    });
    return;
   } catch (err) {
    const code = err.code;
    if (code === "EEXIST") {
     if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory()) return;
     throw err;
    }
    if (code !== "ENOENT" || node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target) === target) throw err;
   }
   makeFolders(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), mode);
   try {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target, {
     mode: mode
    });
   } catch (err) {
    if (err.code !== "EEXIST" || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory()) throw err;
   }
  }
 },
 9089: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   UC: () => RUN_ID,
   Zy: () => requireRunFolder,
   kg: () => createRunFolder,
   nl: () => publishRunFolder
  });
  var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
  var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
  var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
  var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
  var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
  var _make_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7383);
  function runIdFor(date) {
   return `run_${date.toISOString().slice(0, 19).replace(/:/g, "-")}Z`;
  }
  const RUN_ID = /^run_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,4})?$/;
  const CREATING_PREFIX = ".creating-";
  function createRunFolder(runsDir, date) {
   const enclosing = enclosingRunFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir));
   if (enclosing) throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`the runs folder ${runsDir} ${enclosing === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir) ? "is" : "is inside"} the run folder ${enclosing}: a new run there would change that run's sealed evidence; give a runs folder outside it`);
   try {
    (0, _make_folders_js__WEBPACK_IMPORTED_MODULE_3__.w)(runsDir);
   } catch (err) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot create runs folder ${runsDir}: ${err.message}`);
   }
   const base = runIdFor(date);
   for (let n = 1; n < 1e4; n++) {
    const runId = n === 1 ? base : `${base}-${n}`;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir, runId);
    const creating = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir, CREATING_PREFIX + runId);
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir)) continue;
    try {
     node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(creating);
     return {
      runId: runId,
      dir: dir,
      creating: creating
     };
    } catch (err) {
     if (err.code !== "EEXIST") throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot create run folder ${dir}: ${err.message}`);
    }
   }
   throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`too many runs in ${runsDir} within one second`);
  }
  function enclosingRunFolder(dir) {
   for (let at = dir; ;at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, "input.json")) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, "lock.snapshot.json"))) return at;
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at) === at) return undefined;
   }
  }
  function publishRunFolder(folder) {
   node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(folder.creating, folder.dir);
   const parent = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder.dir), "r");
   try {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(parent);
   } finally {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(parent);
   }
  }
  function requireRunFolder(dir) {
   let resolved;
   let stat;
   try {
    resolved = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir));
    stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(resolved);
   } catch {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`no run folder at ${dir}`);
   }
   if (!stat.isDirectory()) throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`${dir} is not a folder; give a run folder (runs/run_...)`);
   if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved, "input.json")) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved, "lock.snapshot.json"))) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`${dir} is not a run folder: input.json or lock.snapshot.json is missing`);
   }
   return resolved;
  }
 },
 6705: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
  __webpack_require__.d(__webpack_exports__, {
   Yb: () => cancelRunFolder,
   X7: () => continueRun,
   q7: () => decideGate,
   xz: () => readRunState,
   AD: () => startRun,
   Mh: () => verifyFolder
  });
  var external_node_fs_ = __webpack_require__(3024);
  var external_node_path_ = __webpack_require__(6760);
  var errors = __webpack_require__(4296);
  var core_hash = __webpack_require__(299);
  function globToRegExp(glob) {
   let source = "";
   for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*" && glob[i + 1] === "*") {
     i++;
     if (glob[i + 1] === "/") {
      i++;
      source += "(?:.*/)?";
     } else {
      source += ".*";
     }
    } else if (char === "*") {
     source += "[^/]*";
    } else if (char === "?") {
     source += "[^/]";
    } else {
     source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
   }
   return new RegExp(`^${source}$`, "u");
  }
  function matchesAnyGlob(value, globs) {
   return (typeof globs === "string" ? [ globs ] : globs).some(glob => globToRegExp(glob).test(value));
  }
  const SEVERITY = {
   allow: 0,
   flag: 1,
   deny: 2
  };
  const list = value => Array.isArray(value) ? value : [ value ];
  function conditionHolds(value, condition) {
   const present = value !== undefined;
   if (condition.present !== undefined && condition.present !== present) return false;
   const same = other => present && (0, core_hash.dj)(value) === (0, core_hash.dj)(other);
   if ("equals" in condition && condition.equals !== undefined && !same(condition.equals)) return false;
   if (condition.in && !condition.in.some(same)) return false;
   if (condition.not_in && (!present || condition.not_in.some(same))) return false;
   const numeric = [ condition.gt, condition.gte, condition.lt, condition.lte ].some(bound => bound !== undefined);
   if (numeric) {
    if (typeof value !== "number") return false;
    if (condition.gt !== undefined && !(value > condition.gt)) return false;
    if (condition.gte !== undefined && !(value >= condition.gte)) return false;
    if (condition.lt !== undefined && !(value < condition.lt)) return false;
    if (condition.lte !== undefined && !(value <= condition.lte)) return false;
   }
   return true;
  }
  function ruleMatches(rule, facts) {
   const {match: match} = rule;
   const {step: step} = facts;
   if (match.op && !list(match.op).includes(step.op)) return false;
   if (match.step_id && !matchesAnyGlob(step.id, match.step_id)) return false;
   if (match.step_type && !(step.type !== undefined && list(match.step_type).includes(step.type))) return false;
   if (match.prompt_contains || match.prompt_regex) {
    if (step.op !== "llm_map") return false;
    if (match.prompt_contains) {
     const needles = list(match.prompt_contains).map(needle => needle.toLowerCase());
     if (!facts.prompts.some(prompt => needles.some(needle => prompt.toLowerCase().includes(needle)))) return false;
    }
    if (match.prompt_regex) {
     const pattern = new RegExp(match.prompt_regex, "u");
     if (!facts.prompts.some(prompt => pattern.test(prompt))) return false;
    }
   }
   if (match.params) {
    for (const [name, condition] of Object.entries(match.params)) {
     if (!conditionHolds(facts.params[name], condition)) return false;
    }
   }
   if (match.path) {
    if (step.op !== "write_text" || !matchesAnyGlob(step.args.path, match.path)) return false;
   }
   return true;
  }
  function evaluatePolicy(policy, facts) {
   const triggered = policy.rules.filter(rule => ruleMatches(rule, facts));
   const base = {
    policy_id: policy.id,
    tier: policy.tier,
    rules_triggered: triggered.map(rule => rule.id)
   };
   if (triggered.length === 0) {
    return {
     ...base,
     decision: policy.default,
     reason: `no rule matched; policy default is ${policy.default}`
    };
   }
   const worst = triggered.reduce((a, b) => SEVERITY[b.decision] > SEVERITY[a.decision] ? b : a);
   const reasons = triggered.filter(rule => rule.decision === worst.decision).map(rule => `${rule.id}: ${rule.reason}`);
   return {
    ...base,
    decision: worst.decision,
    reason: reasons.join("; ")
   };
  }
  function decisionHasher() {
   const known = new Map;
   return decision => {
    const key = JSON.stringify(decision);
    let hash = known.get(key);
    if (hash === undefined) known.set(key, hash = (0, core_hash.G5)(decision));
    return hash;
   };
  }
  function sealReceipt(body) {
   return {
    ...body,
    receipt_hash: (0, core_hash.G5)(body)
   };
  }
  function sealWorkflowReceipt(body) {
   return {
    ...body,
    workflow_hash: (0, core_hash.G5)(body)
   };
  }
  function receiptIntact(receipt) {
   const {receipt_hash: receipt_hash, ...body} = receipt;
   return (0, core_hash.G5)(body) === receipt_hash;
  }
  function workflowReceiptIntact(receipt) {
   const {workflow_hash: workflow_hash, ...body} = receipt;
   return (0, core_hash.G5)(body) === workflow_hash;
  }
  const DEFAULT_RETRY = Object.freeze({
   maxAttempts: 5,
   baseDelayMs: 500,
   maxDelayMs: 2e4,
   maxTotalMs: 12e4,
   timeoutMs: 6e4
  });
  const SLOW_DOWN_STATUSES = new Set([ 429, 529 ]);
  async function callWithRetry(attempt, options) {
   const {clock: clock, limiter: limiter} = options;
   const random = options.random ?? Math.random;
   const started = clock.now().getTime();
   const elapsed = () => clock.now().getTime() - started;
   for (let n = 1; ;n += 1) {
    let error;
    try {
     let epoch;
     const run = () => {
      epoch = limiter?.epoch;
      return withTimeout(attempt, Math.min(options.timeoutMs, options.maxTotalMs - elapsed()));
     };
     const value = limiter ? await limiter.run(run) : await run();
     limiter?.onSuccess(epoch);
     return {
      value: value,
      attempts: n
     };
    } catch (err) {
     if (!(err instanceof errors.Jh) || !err.retryable) throw err;
     error = err;
    }
    if (error.status !== undefined && SLOW_DOWN_STATUSES.has(error.status)) limiter?.onRateLimited(error.retryAfterMs);
    if (n >= options.maxAttempts) throw giveUp(error, n, `no attempts left (max ${options.maxAttempts})`);
    const delayMs = error.retryAfterMs ?? backoffDelay(n, options, random);
    const remaining = options.maxTotalMs - elapsed();
    if (delayMs >= remaining) {
     throw giveUp(error, n, `waiting ${delayMs} ms would pass the ${options.maxTotalMs} ms time limit`);
    }
    options.onRetry({
     attempt: n,
     delayMs: delayMs,
     reason: error.message,
     ...error.status !== undefined ? {
      status: error.status
     } : {}
    });
    await clock.sleep(delayMs);
   }
  }
  function backoffDelay(attempt, policy, random) {
   const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
   return Math.round(exponential / 2 + random() * (exponential / 2));
  }
  function giveUp(last, attempts, why) {
   const word = attempts === 1 ? "attempt" : "attempts";
   return new errors.Jh(`${last.message} (gave up after ${attempts} ${word}: ${why})`, false, undefined, last.status);
  }
  async function withTimeout(attempt, ms) {
   if (ms <= 0) throw new errors.Jh("no time left for another attempt", true);
   const controller = new AbortController;
   let timer;
   const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => {
     const error = new errors.Jh(`timed out after ${ms} ms`, true);
     controller.abort(error);
     reject(error);
    }, ms);
   });
   try {
    return await Promise.race([ attempt(controller.signal), timedOut ]);
   } catch (err) {
    if (controller.signal.aborted && controller.signal.reason instanceof errors.Jh) throw controller.signal.reason;
    throw err;
   } finally {
    clearTimeout(timer);
   }
  }
  function chainLine(entry, link) {
   const body = {
    seq: link.seq + 1,
    ts: link.ts,
    run_id: link.runId,
    ...entry,
    prev_hash: link.head
   };
   return {
    ...body,
    hash: (0, core_hash.G5)(body)
   };
  }
  function verifyChain(text, genesis, runId) {
   const raw = text.split("\n");
   const tail = raw.pop() ?? "";
   const torn = tail !== "";
   const lines = [];
   let head = genesis;
   for (let i = 0; i < raw.length; i++) {
    const number = i + 1;
    let line;
    try {
     line = JSON.parse(raw[i]);
    } catch {
     return {
      ok: false,
      line: number,
      message: "is not valid JSON",
      lines: lines
     };
    }
    if (line === null || typeof line !== "object") return {
     ok: false,
     line: number,
     message: "is not an object",
     lines: lines
    };
    if (line.seq !== number) return {
     ok: false,
     line: number,
     message: `has seq ${String(line.seq)}, expected ${number} (a line was removed, added or reordered)`,
     lines: lines
    };
    if (line.run_id !== runId) return {
     ok: false,
     line: number,
     message: `names run ${String(line.run_id)}, expected ${runId}`,
     lines: lines
    };
    if (line.prev_hash !== head) return {
     ok: false,
     line: number,
     message: `prev_hash does not link to ${number === 1 ? "the lock snapshot hash" : `line ${number - 1}`}`,
     lines: lines
    };
    const {hash: hash, ...body} = line;
    if (!(0, core_hash.Bc)(hash) || (0, core_hash.G5)(body) !== hash) return {
     ok: false,
     line: number,
     message: "hash does not match the line content",
     lines: lines
    };
    lines.push(line);
    head = hash;
   }
   return {
    ok: true,
    lines: lines,
    head: head,
    torn: torn
   };
  }
  function normaliseArtifactPath(raw) {
   if (raw.includes("\0")) return {
    error: "contains a NUL byte"
   };
   if (raw.includes("\\")) return {
    error: 'contains a backslash; use "/" between folders'
   };
   if (raw.startsWith("/") || /^[A-Za-z]:/.test(raw)) return {
    error: `"${raw}" is absolute; give a path relative to artifacts/`
   };
   const parts = [];
   for (const segment of raw.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") return {
     error: `"${raw}" contains ".."; paths must stay inside artifacts/`
    };
    if (segment.length > 255) return {
     error: "has a path segment longer than 255 characters"
    };
    parts.push(segment);
   }
   if (parts.length === 0) return {
    error: `"${raw}" names no file inside artifacts/`
   };
   if (raw.endsWith("/")) return {
    error: `"${raw}" ends with "/"; name the file to write`
   };
   if (parts[0] === "artifacts" && parts.length > 1) return {
    error: `"${raw}" starts with "artifacts/", but paths are already relative to artifacts/; give "${parts.slice(1).join("/")}"`
   };
   const path = parts.join("/");
   if (path.length > 1024) return {
    error: "is longer than 1024 characters"
   };
   return {
    path: path
   };
  }
  const MAX_JSON_DEPTH = 100;
  function tooDeep(value, max = MAX_JSON_DEPTH, at = "(root)", depth = 0) {
   if (value === null || typeof value !== "object") return undefined;
   if (depth >= max) return at;
   const base = at === "(root)" ? "" : at;
   if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
     const found = tooDeep(value[i], max, `${base}[${i}]`, depth + 1);
     if (found) return found;
    }
    return undefined;
   }
   for (const [key, item] of Object.entries(value)) {
    const found = tooDeep(item, max, base === "" ? key : `${base}.${key}`, depth + 1);
    if (found) return found;
   }
   return undefined;
  }
  function jsonPath(path) {
   let out = "";
   for (const key of path) {
    if (typeof key === "number") out += `[${key}]`; else out += out === "" ? String(key) : `.${String(key)}`;
   }
   return out === "" ? "(root)" : out;
  }
  function flattenUnion(issue) {
   const branches = issue.errors.filter(branch => !branch.every(inner => inner.code === "invalid_type" && inner.path.length === 0));
   const chosen = branches.length > 0 ? branches : issue.errors;
   return chosen.flat().flatMap(inner => flatten({
    ...inner,
    path: [ ...issue.path, ...inner.path ]
   }));
  }
  function flatten(issue) {
   if (issue.code === "invalid_union" && issue.errors.length > 0) return flattenUnion(issue);
   return [ issue ];
  }
  function describeValue(value) {
   if (value === null) return "null";
   if (Array.isArray(value)) return "an array";
   return typeof value === "object" ? "an object" : typeof value;
  }
  function valueAt(input, path) {
   let current = input;
   for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = current[key];
   }
   return current;
  }
  function schemaAt(schema, path, data) {
   let current = schema;
   let value = data;
   for (let i = 0; i <= path.length && current; i++) {
    current = unwrap(current, value);
    if (i === path.length || !current) break;
    const key = path[i];
    const def = current._zod.def;
    if (def.type === "object") current = def.shape[String(key)]; else if (def.type === "array") current = def.element; else if (def.type === "record") current = def.valueType; else return undefined;
    value = value !== null && typeof value === "object" ? value[key] : undefined;
   }
   return current;
  }
  function unwrap(schema, value) {
   let current = schema;
   for (;;) {
    const def = current._zod.def;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") {
     current = def.innerType;
    } else if (def.type === "pipe") {
     current = def.in;
    } else if (def.type === "union") {
     const options = def.options;
     const discriminator = def.discriminator;
     const wanted = discriminator && value && typeof value === "object" ? value[discriminator] : undefined;
     const match = options.find(option => {
      const optionDef = unwrap(option, value)?._zod.def;
      if (!optionDef || optionDef.type !== "object") return false;
      if (discriminator === undefined) return true;
      const literal = optionDef.shape[discriminator]?._zod.def;
      return literal?.values?.includes(wanted) ?? false;
     });
     if (!match) return undefined;
     current = match;
    } else {
     return current;
    }
   }
  }
  function acceptedKeys(schema, path, input) {
   const found = schemaAt(schema, path, input);
   const def = found?._zod.def;
   if (def?.type !== "object") return undefined;
   return Object.keys(def.shape);
  }
  function phrase(issue, schema, input) {
   switch (issue.code) {
   case "invalid_type":
    {
     const got = valueAt(input, issue.path);
     return got === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(got)}`;
    }

   case "unrecognized_keys":
    {
     const accepted = acceptedKeys(schema, issue.path, input);
     const keys = issue.keys.map(key => `"${key}"`).join(", ");
     return `unknown key ${keys}${accepted ? `; accepted keys: ${accepted.join(", ")}` : ""}`;
    }

   case "invalid_value":
    return `is ${JSON.stringify(valueAt(input, issue.path))}; accepted values: ${issue.values.map(v => JSON.stringify(v)).join(", ")}`;

   case "invalid_union":
    if ("discriminator" in issue && issue.discriminator) {
     const options = issue.options ?? [];
     const got = valueAt(input, issue.path);
     return `${got === undefined ? "is required" : `is ${JSON.stringify(got)}`}; accepted values: ${options.join(", ")}`;
    }
    return "does not match any accepted form";

   case "too_small":
    return issue.origin === "array" ? `must have at least ${String(issue.minimum)} item(s)` : issue.origin === "string" ? `must not be empty` : `must be at least ${String(issue.minimum)}`;

   case "too_big":
    return issue.origin === "array" ? `must have at most ${String(issue.maximum)} items` : issue.origin === "string" ? `must be at most ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`;

   default:
    return issue.message;
   }
  }
  function describeIssues(error, schema, input) {
   const messages = error.issues.flatMap(flatten).map(issue => `${jsonPath(issue.path)}: ${phrase(issue, schema, input)}`);
   return [ ...new Set(messages) ];
  }
  function duplicateKeys(text) {
   const found = [];
   const stack = [];
   for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
     const start = i;
     for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
     const top = stack.at(-1);
     if (!top?.keys || !top.expectKey) continue;
     const raw = text.slice(start + 1, i);
     const key = raw.includes("\\") ? JSON.parse(text.slice(start, i + 1)) : raw;
     if (top.keys.has(key)) found.push(jsonPath([ ...stack.slice(1).map(frame => frame.at), key ]));
     top.keys.add(key);
     top.key = key;
     top.expectKey = false;
    } else if (c === "{" || c === "[") {
     const parent = stack.at(-1);
     stack.push({
      keys: c === "{" ? new Set : null,
      at: parent ? parent.keys ? parent.key : parent.index : null,
      key: "",
      index: 0,
      expectKey: c === "{"
     });
    } else if (c === "}" || c === "]") {
     stack.pop();
    } else if (c === ",") {
     const top = stack.at(-1);
     if (top?.keys) top.expectKey = true; else if (top) top.index++;
    }
   }
   return found;
  }
  var schemas = __webpack_require__(8816);
  const Decision = schemas.k5n([ "allow", "flag", "deny" ]).describe("allow runs the step; flag pauses for a human first; deny fails the run closed");
  const oneOrMany = item => schemas.KCZ([ item, schemas.YOg(item).min(1) ]);
  const ParamCondition = schemas.rej({
   present: schemas.zMY().optional().describe("true: the param is set; false: it is not"),
   equals: schemas.L5J().optional().describe("matches when the param equals this value"),
   in: schemas.YOg(schemas.L5J()).min(1).optional().describe("matches when the param is one of these (e.g. a model allow-list)"),
   not_in: schemas.YOg(schemas.L5J()).min(1).optional().describe("matches when the param is none of these"),
   gt: schemas.aig().optional().describe("matches when the param is a number greater than this"),
   gte: schemas.aig().optional(),
   lt: schemas.aig().optional(),
   lte: schemas.aig().optional()
  }).describe("tests on one parameter");
  const validRegex = schemas.YjP().refine(source => {
   try {
    new RegExp(source, "u");
    return true;
   } catch {
    return false;
   }
  }, {
   message: "is not a valid regular expression"
  });
  const RuleMatch = schemas.rej({
   op: oneOrMany(schemas.k5n([ "llm_map", "write_text", "audit_gate", "external" ])).optional().describe("step op(s); `external` matches steps reported over the API (awo serve)"),
   step_id: oneOrMany(schemas.YjP().min(1)).optional().describe("glob(s) on the step id: * any run, ? one character"),
   step_type: oneOrMany(schemas.YjP().min(1)).optional().describe("step type label(s): observe, decide, gate, act, transform, ..."),
   prompt_contains: oneOrMany(schemas.YjP().min(1)).optional().describe("substring(s) of the prompt, case-insensitive"),
   prompt_regex: validRegex.optional().describe("regular expression tested on the prompt"),
   params: schemas.g1P(schemas.YjP(), ParamCondition).optional().describe("conditions on params; `model` is the effective model"),
   path: oneOrMany(schemas.YjP().min(1)).optional().describe("glob(s) on the write_text path, relative to artifacts/; ** crosses folders")
  }).describe("all given fields must match");
  const PolicyRule = schemas.rej({
   id: schemas.YjP().min(1).max(128).describe("rule id, reported in rules_triggered"),
   match: RuleMatch,
   decision: Decision,
   reason: schemas.YjP().min(1).describe("why, in words a reviewer reads")
  });
  const Policy = schemas.rej({
   $schema: schemas.YjP().optional(),
   id: schemas.YjP().min(1).max(128).describe("policy id, recorded with every decision"),
   tier: schemas.YjP().min(1).max(64).describe("risk tier label, e.g. low, medium, high"),
   default: Decision.describe("decision when no rule matches"),
   rules: schemas.YOg(PolicyRule).default([]),
   allow_self_approval: schemas.zMY().optional().describe("true lets the actor who started a run (or requested its gate) approve its gates; absent or false refuses self-approval")
  }).superRefine((policy, ctx) => {
   const seen = new Set;
   policy.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) ctx.addIssue({
     code: "custom",
     path: [ "rules", index, "id" ],
     message: `duplicate rule id "${rule.id}"`
    });
    seen.add(rule.id);
   });
  });
  const DEFAULT_POLICY = {
   id: "default-allow",
   tier: "none",
   default: "allow",
   rules: []
  };
  const STEP_REF = /\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g;
  const ITEM_REF = /\{\{\s*item\s*\}\}/g;
  function stepReferences(template) {
   return [ ...template.matchAll(STEP_REF) ].map(match => match[1]);
  }
  const FIELD_REF = /(?<!\$)\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.([A-Za-z0-9_]+)\s*\}\}/g;
  function unfilledPlaceholders(template, stepIds) {
   return [ ...template.matchAll(FIELD_REF) ].filter(match => match[2] !== "text" && stepIds.has(match[1])).map(match => match[0]);
  }
  function renderTemplate(template, texts, item) {
   let out = template.replace(STEP_REF, (whole, id) => texts.get(id) ?? whole);
   if (item !== undefined) out = out.replace(ITEM_REF, () => item);
   return out;
  }
  const StepId = schemas.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
   message: 'must be 1-64 characters of ASCII letters, digits, "_", "-" or ".", starting with a letter or digit'
  }).describe("unique step id; defaults to step_NNN (the 1-based index)");
  const StepType = schemas.YjP().regex(/^[a-z][a-z0-9_-]{0,31}$/, {
   message: "must be a lowercase label such as observe, decide, gate, act, transform"
  }).describe("optional step type label: observe, decide, gate, act, transform, ...");
  const common = {
   id: StepId.optional(),
   type: StepType.optional()
  };
  const LlmMapStep = schemas.rej({
   ...common,
   op: schemas.euz("llm_map"),
   prompt: schemas.YjP().regex(/\S/, {
    message: "must not be empty or blank"
   }).describe("the prompt; {{item}} is replaced by each input, {{steps.<id>.text}} by an earlier output"),
   params: schemas.g1P(schemas.YjP(), schemas.L5J()).optional().describe("passed to the backend (temperature, max_tokens, ...)"),
   inputs: schemas.YOg(schemas.YjP()).min(1).optional().describe("the prompt is mapped over these; outputs keep input order")
  });
  const WriteTextStep = schemas.rej({
   ...common,
   op: schemas.euz("write_text"),
   args: schemas.rej({
    path: schemas.YjP().min(1).superRefine((raw, ctx) => {
     const checked = normaliseArtifactPath(raw);
     if ("error" in checked) ctx.addIssue({
      code: "custom",
      message: checked.error
     });
    }).describe('file path relative to artifacts/ (no "..", not absolute)'),
    text: schemas.YjP().describe("text to write; may reference {{steps.<id>.text}} of earlier steps")
   })
  });
  const AuditGateStep = schemas.rej({
   ...common,
   op: schemas.euz("audit_gate"),
   args: schemas.rej({
    checklist: schemas.YjP().min(1).optional().describe("path of a checklist the reviewer follows"),
    environment: schemas.YjP().min(1).max(255).optional().describe("GitHub environment that reviews this gate")
   }).optional()
  });
  const STEP_OPS = null && [ "llm_map", "write_text", "audit_gate" ];
  const Step = schemas.gMt("op", [ LlmMapStep, WriteTextStep, AuditGateStep ]);
  const WorkflowFile = schemas.rej({
   $schema: schemas.YjP().optional().describe("JSON Schema reference for editors"),
   name: schemas.YjP().max(200).optional(),
   policy: schemas.KCZ([ schemas.YjP().min(1), Policy ]).optional().describe("path of a policy file (relative to the workflow), or an inline policy"),
   steps: schemas.YOg(Step).min(1).max(1e5)
  });
  const GATE_ID_PREFIXES = [ "flag-", "manual-" ];
  function stepIndexLabel(index, count) {
   return String(index + 1).padStart(Math.max(3, String(count).length), "0");
  }
  function parseJson(bytes, source) {
   const text = new TextDecoder("utf-8", {
    fatal: false
   }).decode(bytes);
   let json;
   try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
   } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new errors.dz(`${source}: not valid JSON (${detail})`);
   }
   const deep = tooDeep(json);
   if (deep !== undefined) throw new errors.dz(`${source}: ${deep}: is nested more than ${MAX_JSON_DEPTH} levels deep`);
   const problems = [ ...duplicateKeys(text).map(where => `${source}: ${where}: the key appears twice in one object; JSON readers differ on which one counts, so give it once`), ...nonFiniteNumbers(json, "").map(where => `${source}: ${where || "(root)"}: is too large to be a finite number`) ];
   if (problems.length > 0) throw new errors.dz(problems.join("\n"), problems);
   return json;
  }
  function nonFiniteNumbers(value, at) {
   if (typeof value === "number") return Number.isFinite(value) ? [] : [ at ];
   if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${at}[${i}]`));
   if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, at === "" ? key : `${at}.${key}`));
   return [];
  }
  function loadWorkflow(bytes, source) {
   const json = parseJson(bytes, source);
   const parsed = WorkflowFile.safeParse(json);
   if (!parsed.success) {
    throw invalid(source, describeIssues(parsed.error, WorkflowFile, json));
   }
   const file = parsed.data;
   const problems = [];
   const count = file.steps.length;
   const steps = file.steps.map((step, index) => ({
    ...step,
    id: step.id ?? `step_${stepIndexLabel(index, count)}`
   }));
   steps.forEach((step, index) => {
    const reserved = GATE_ID_PREFIXES.find(prefix => step.id.startsWith(prefix));
    if (step.op === "audit_gate" && reserved) problems.push(`steps[${index}].id: "${step.id}" starts with "${reserved}", which names gates the ${reserved === "flag-" ? "policy" : "API"} opens; an audit_gate's id is its gate id, so give it another`);
   });
   const firstIndex = new Map;
   steps.forEach((step, index) => {
    const earlier = firstIndex.get(step.id);
    if (earlier !== undefined) {
     problems.push(`steps[${index}].id: duplicate id "${step.id}" (also steps[${earlier}]); step ids must be unique`);
    } else {
     firstIndex.set(step.id, index);
    }
   });
   const ids = new Set(firstIndex.keys());
   steps.forEach((step, index) => {
    const templates = step.op === "llm_map" ? [ [ `steps[${index}].prompt`, step.prompt ] ] : step.op === "write_text" ? [ [ `steps[${index}].args.text`, step.args.text ] ] : [];
    for (const [where, template] of templates) {
     for (const placeholder of unfilledPlaceholders(template, ids)) {
      problems.push(`${where}: ${placeholder} would be left in the text as it is; an earlier output is referenced as {{steps.<id>.text}}`);
     }
     for (const ref of stepReferences(template)) {
      const target = firstIndex.get(ref);
      if (target === undefined) {
       problems.push(`${where}: references unknown step "${ref}"; known steps: ${[ ...firstIndex.keys() ].join(", ")}`);
      } else if (target >= index) {
       problems.push(`${where}: references step "${ref}" (steps[${target}]), which does not run before this step; only earlier steps can be referenced`);
      } else if (steps[target]?.op === "audit_gate") {
       problems.push(`${where}: references step "${ref}", an audit_gate, which has no text; reference an llm_map or write_text step`);
      }
     }
    }
    if (step.op === "write_text") {
     const normalised = normaliseArtifactPath(step.args.path);
     if ("path" in normalised) step.args = {
      ...step.args,
      path: normalised.path
     };
    }
   });
   problems.push(...artifactClashes(steps));
   if (problems.length > 0) throw invalid(source, problems);
   return {
    source: source,
    bytes: bytes,
    file: file,
    steps: steps
   };
  }
  function loadPolicy(input, source) {
   const json = input instanceof Uint8Array ? parseJson(input, source) : input;
   const parsed = Policy.safeParse(json);
   if (!parsed.success) throw invalid(source, describeIssues(parsed.error, Policy, json), "policy");
   return parsed.data;
  }
  function resolvePolicy(workflow, override, readFile) {
   const ref = override ?? workflow.file.policy;
   if (ref === undefined) return {
    policy: DEFAULT_POLICY,
    source: "default"
   };
   if (typeof ref === "string") {
    const {bytes: bytes, source: source} = readFile(ref);
    return {
     policy: loadPolicy(bytes, source),
     source: source
    };
   }
   return {
    policy: loadPolicy(ref, `${workflow.source} (policy)`),
    source: "inline"
   };
  }
  function invalid(source, problems, what = "workflow") {
   const lines = problems.map(problem => `${source}: ${problem}`);
   const head = `invalid ${what} ${source}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`;
   return new errors.dz([ head, ...lines.map(line => `  - ${line}`) ].join("\n"), lines);
  }
  function artifactClashes(steps) {
   const problems = [];
   const files = new Map;
   const folders = new Map;
   steps.forEach((step, index) => {
    if (step.op !== "write_text") return;
    const target = step.args.path;
    const where = `steps[${index}].args.path`;
    const same = files.get(target);
    if (same !== undefined) {
     problems.push(`${where}: "${target}" is also written by steps[${same}]; each step writes its own artifact`);
     return;
    }
    const asFolder = folders.get(target);
    if (asFolder !== undefined) problems.push(`${where}: "${target}" is a folder of the artifact written by steps[${asFolder}]`);
    const parts = target.split("/");
    for (let i = 1; i < parts.length; i++) {
     const folder = parts.slice(0, i).join("/");
     const asFile = files.get(folder);
     if (asFile !== undefined) problems.push(`${where}: "${target}" needs "${folder}" as a folder, but steps[${asFile}] writes it as a file`);
     if (!folders.has(folder)) folders.set(folder, index);
    }
    files.set(target, index);
   });
   return problems;
  }
  const ENGINE_PARAMS = [ "concurrency" ];
  function backendParams(step) {
   if (step.op !== "llm_map" || !step.params) return {};
   const params = {
    ...step.params
   };
   for (const key of ENGINE_PARAMS) delete params[key];
   return params;
  }
  function effectiveModel(step, backend) {
   const fromParams = step.op === "llm_map" ? step.params?.model : undefined;
   return typeof fromParams === "string" ? fromParams : backend.model ?? backend.name;
  }
  function buildLock(workflow, policy, backend, frozenAt) {
   const lock = {
    frozen_at: frozenAt,
    prompts: {},
    params: {},
    models: {},
    workflow: (0, core_hash.QN)(workflow.bytes),
    policy: (0, core_hash.G5)(policy.policy),
    ...backend.endpoint ? {
     endpoint: backend.endpoint
    } : {}
   };
   for (const step of workflow.steps) {
    if (step.op !== "llm_map") continue;
    lock.prompts[step.id] = (0, core_hash.QN)(step.prompt);
    lock.params[step.id] = (0, core_hash.G5)(step.params ?? {});
    lock.models[step.id] = (0, core_hash.QN)(effectiveModel(step, backend));
   }
   return lock;
  }
  function lockHash(lock) {
   return (0, core_hash.G5)(lock);
  }
  function buildInput(runId, workflow, policy, backend) {
   return {
    run_id: runId,
    name: workflow.file.name ?? null,
    workflow_source: workflow.source,
    steps: workflow.steps,
    policy: {
     source: policy.source,
     document: policy.policy
    },
    backend: {
     name: backend.name,
     model: backend.model ?? null,
     base_url: backend.endpoint ?? null
    }
   };
  }
  function stepLogPath(index, count, id) {
   return `steps/${stepIndexLabel(index, count)}_${id}.jsonl`;
  }
  function pendingStep(stepId, stepType, op) {
   return {
    step_id: stepId,
    step_type: stepType,
    op: op,
    status: "pending",
    started_at: null,
    ended_at: null,
    input_hash: null,
    output_hash: null,
    receipt_hash: null,
    decision: null,
    retries: 0,
    error: null
   };
  }
  function initialState(runId, steps, genesis) {
   return {
    run_id: runId,
    status: "running",
    failure: null,
    steps: steps.map(step => pendingStep(step.id, step.type ?? null, step.op)),
    gates: [],
    receipts: [],
    head: genesis,
    seq: 0,
    created_at: null,
    updated_at: null
   };
  }
  const detail = (line, key) => line.details?.[key];
  const EXTERNAL_OP = "external";
  const externalIndex = new WeakMap;
  function stepOf(state, line, index) {
   const id = line.step_id;
   const at = index.get(id);
   if (at !== undefined) return state.steps[at];
   let externals = externalIndex.get(state);
   if (!externals) {
    externals = new Map(state.steps.filter(record => record.op === EXTERNAL_OP).map(record => [ record.step_id, record ]));
    externalIndex.set(state, externals);
   }
   const known = externals.get(id);
   if (known || line.event !== "step.started" || detail(line, "external") !== true) return known;
   const record = pendingStep(id, detail(line, "type") ?? null, EXTERNAL_OP);
   state.steps.push(record);
   externals.set(id, record);
   return record;
  }
  function applyLine(state, line, index) {
   state.seq = line.seq;
   state.head = line.hash;
   state.updated_at = line.ts;
   const step = line.step_id !== undefined ? stepOf(state, line, index) : undefined;
   switch (line.event) {
   case "run.created":
    state.created_at = line.ts;
    state.status = "running";
    break;

   case "run.status":
    state.status = detail(line, "status") ?? state.status;
    state.failure = state.status === "failed" || state.status === "rejected" ? detail(line, "failure") ?? null : null;
    break;

   case "step.started":
    if (step) {
     step.status = "started";
     step.started_at ??= line.ts;
     step.error = null;
    }
    break;

   case "policy.decision":
    if (step) step.decision = detail(line, "policy") ?? null;
    break;

   case "step.retry":
    if (step) step.retries += 1;
    break;

   case "step.completed":
    if (step) {
     step.status = "completed";
     step.ended_at = line.ts;
     step.input_hash = detail(line, "input_hash") ?? null;
     step.output_hash = detail(line, "output_hash") ?? null;
     step.receipt_hash = detail(line, "receipt_hash") ?? null;
     if (step.receipt_hash) state.receipts.push({
      kind: "step",
      id: step.step_id,
      receipt_hash: step.receipt_hash
     });
    }
    break;

   case "step.failed":
   case "step.denied":
    if (step) {
     step.status = line.event === "step.failed" ? "failed" : "denied";
     step.ended_at = line.ts;
     step.error = line.reason ?? null;
    }
    break;

   case "gate.requested":
    state.gates.push({
     gate_id: line.gate_id ?? "",
     step_id: line.step_id ?? "",
     kind: detail(line, "kind") ?? "audit_gate",
     status: "pending",
     requested_at: line.ts,
     reason: line.reason ?? "",
     checklist: detail(line, "checklist") ?? null,
     environment: detail(line, "environment") ?? null,
     resolution: null,
     receipt_hash: null
    });
    break;

   case "gate.resolved":
    {
     const gate = state.gates.find(candidate => candidate.gate_id === line.gate_id && candidate.status === "pending");
     if (gate) {
      const resolution = detail(line, "resolution");
      gate.status = resolution?.decision === "rejected" ? "rejected" : "approved";
      gate.resolution = resolution ?? null;
      gate.receipt_hash = detail(line, "receipt_hash") ?? null;
      if (gate.receipt_hash) state.receipts.push({
       kind: "gate",
       id: gate.gate_id,
       receipt_hash: gate.receipt_hash
      });
     }
     break;
    }

   case "run.recovered":
    break;
   }
  }
  function run_state_pendingGate(state) {
   return state.gates.find(gate => gate.status === "pending");
  }
  function gateForStep(state, stepId, kind) {
   return state.gates.filter(gate => gate.step_id === stepId && gate.kind === kind).at(-1);
  }
  function unapprovedExecution(state, record) {
   const decision = record.decision?.decision;
   if (!decision) return "no policy decision precedes it";
   if (decision === "deny") return "the policy denied it";
   if (decision === "flag" && gateForStep(state, record.step_id, "flag")?.status !== "approved") return "the policy flagged it and no gate approved it";
   if (record.op === "audit_gate" && gateForStep(state, record.step_id, "audit_gate")?.status !== "approved") return "its gate was not approved";
   return undefined;
  }
  function auditStatus(state) {
   return state.gates.at(-1)?.status ?? "none";
  }
  function reportedSteps(state) {
   const finished = state.status === "completed" || state.status === "failed" || state.status === "rejected";
   return state.steps.map(step => finished && step.status === "pending" ? {
    ...step,
    status: "skipped"
   } : step);
  }
  const AUDIT_LOG = "audit/log.jsonl";
  function readAuditLines(store) {
   const text = Buffer.from(store.read(AUDIT_LOG) ?? new Uint8Array).toString("utf8");
   return text.split("\n").filter(line => line !== "").map(line => JSON.parse(line));
  }
  class RunJournal {
   store;
   state;
   steps;
   clock;
   index;
   constructor(store, state, steps, clock) {
    this.store = store;
    this.state = state;
    this.steps = steps;
    this.clock = clock;
    this.index = new Map(steps.map((step, i) => [ step.id, i ]));
   }
   now() {
    return this.clock.now().toISOString();
   }
   audit(entry) {
    const line = this.prepare(entry);
    this.append(line);
    this.apply(line);
    return line;
   }
   auditAll(entries) {
    let text = "";
    for (const entry of entries) {
     const line = this.prepare(entry);
     this.apply(line);
     text += JSON.stringify(line) + "\n";
    }
    this.store.append(AUDIT_LOG, text);
   }
   prepare(entry) {
    return chainLine(entry, {
     seq: this.state.seq,
     head: this.state.head,
     runId: this.state.run_id,
     ts: this.now()
    });
   }
   apply(line) {
    applyLine(this.state, line, this.index);
   }
   append(line) {
    this.store.append(AUDIT_LOG, JSON.stringify(line) + "\n");
   }
   stepLog(stepId) {
    const at = this.index.get(stepId) ?? this.state.steps.findIndex(record => record.step_id === stepId);
    return stepLogPath(at === -1 ? this.state.steps.length : at, this.steps.length, stepId);
   }
   stepEvent(step, event, details = {}) {
    this.stepEvents(step, [ [ event, details ] ]);
   }
   stepEvents(step, events) {
    const ts = this.now();
    const text = events.map(([event, details]) => JSON.stringify({
     ts: ts,
     id: step.id,
     op: step.op,
     event: event,
     ...details
    }) + "\n").join("");
    this.store.append(this.stepLog(step.id), text);
   }
  }
  function gateToResolve(state, verb) {
   const gate = run_state_pendingGate(state);
   if (state.status === "paused" && gate) return gate;
   const last = state.gates.at(-1);
   if (state.status === "paused" && last?.status === "approved") {
    throw new errors.sK(`cannot ${verb} run ${state.run_id}: gate "${last.gate_id}" was already approved by ${last.resolution?.actor ?? "unknown"} at ${last.resolution?.at ?? "?"}; run \`awo resume\` to continue`);
   }
   throw new errors.sK(`cannot ${verb} run ${state.run_id}: it is ${describe(state)}; only a paused run with a pending gate can be approved or rejected`);
  }
  function unrecordedExternal(state, except) {
   const step = state.steps.find(record => record.op === EXTERNAL_OP && record.status === "started" && record.step_id !== except && gateForStep(state, record.step_id, "flag")?.status !== "pending");
   if (step) throw new errors.sK(`cannot continue run ${state.run_id}: external step "${step.step_id}" is not recorded yet; post it again over the API (or cancel the run)`);
  }
  function checkResume(state, except) {
   const gate = run_state_pendingGate(state);
   if (state.status === "paused" && gate) {
    throw new errors.sK(`cannot resume run ${state.run_id}: gate "${gate.gate_id}" is still pending; approve or reject it first`);
   }
   if (state.status === "paused" || state.status === "running") unrecordedExternal(state, except);
   if (state.status === "paused" || state.status === "running") return;
   if (state.status === "failed" && state.failure?.kind === "error") {
    throw new errors.sK(`cannot resume run ${state.run_id}: it failed on an error (${state.failure.reason}); use \`awo retry\``);
   }
   throw new errors.sK(`cannot resume run ${state.run_id}: it is ${describe(state)}`);
  }
  function checkRetry(state) {
   if (state.status === "running") return unrecordedExternal(state);
   if (state.status === "failed" && (state.failure?.kind === "error" || state.failure?.kind === "cancelled")) return unrecordedExternal(state);
   if (state.status === "failed" && state.failure?.kind === "denied") {
    throw new errors.sK(`cannot retry run ${state.run_id}: it was denied by policy at step "${state.failure.step_id ?? "?"}" (${state.failure.reason}); a deny is final — change the policy and start a new run`);
   }
   throw new errors.sK(`cannot retry run ${state.run_id}: it is ${describe(state)}; only a run that failed on an error can be retried`);
  }
  function checkCancel(state) {
   if (state.status === "running" || state.status === "paused") return;
   throw new errors.sK(`cannot cancel run ${state.run_id}: it is already ${describe(state)}`);
  }
  function checkRequestGate(state) {
   if (state.status === "running") return;
   const gate = pendingGate(state);
   if (state.status === "paused" && gate) throw new IllegalTransition(`cannot pause run ${state.run_id}: it is already paused at gate "${gate.gate_id}"`);
   if (state.status === "paused") throw new IllegalTransition(`cannot pause run ${state.run_id}: it is paused after an approved gate; resume it first`);
   throw new IllegalTransition(`cannot pause run ${state.run_id}: it is ${describe(state)}; only a running run can be paused`);
  }
  function checkExternalStep(state, stepId) {
   if (state.status === "running") return {
    resume: false
   };
   const gate = pendingGate(state);
   if (state.status === "paused" && gate) {
    throw new IllegalTransition(`cannot record step "${stepId}" in run ${state.run_id}: gate "${gate.gate_id}" is pending; approve or reject it first`);
   }
   if (state.status === "paused") return {
    resume: true
   };
   throw new IllegalTransition(`cannot record step "${stepId}" in run ${state.run_id}: it is ${describe(state)}; steps are recorded only in a running run`);
  }
  function describe(state) {
   if (state.status === "failed" || state.status === "rejected") {
    return `${state.status}${state.failure ? ` (${state.failure.reason})` : ""}`;
   }
   return state.status;
  }
  const MAX_STEP_ROWS = 500;
  const report_short = hash => hash ? `\`${hash.slice(7, 19)}\`` : "—";
  const oneLine = text => text.replace(/\r\n|\r|\n/g, " ");
  const code = text => {
   const line = oneLine(text);
   const fence = "`".repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length)) + 1);
   const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
   return `${fence}${pad}${line}${pad}${fence}`;
  };
  const report_escape = text => text.replace(/[\\`*_[\]<>|&#~$]/g, (char, at) => {
   if (char === "_" && /\w/.test(text[at - 1] ?? "") && /\w/.test(text[at + 1] ?? "")) return char;
   if (char === "&" && !/^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(at))) return char;
   return `\\${char}`;
  });
  const LINKISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>|`]+|[^\s@<>|`()]+@[^\s@<>|`()]+\.[^\s@<>|`()]+/gi;
  const cell = text => {
   if (text === null || text === undefined) return "—";
   const line = oneLine(text);
   let out = "";
   let last = 0;
   for (const match of line.matchAll(LINKISH)) {
    const link = match[0].replace(/[.,;:!?)\]'"]+$/, "");
    out += report_escape(line.slice(last, match.index)) + code(link);
    last = match.index + link.length;
   }
   return out + report_escape(line.slice(last));
  };
  const clip = (text, max) => text.length > max ? `${text.slice(0, max)}…` : text;
  function renderReport(data) {
   const {state: state, input: input, verdict: verdict} = data;
   const steps = reportedSteps(state);
   const done = steps.filter(step => step.status === "completed").length;
   const out = [];
   out.push(`# AWO run report: ${state.run_id}`, "");
   out.push("| | |", "| --- | --- |");
   out.push(`| Status | **${state.status}** |`);
   if (input.name) out.push(`| Workflow | ${cell(input.name)} |`);
   out.push(`| Backend | ${cell(input.backend.name)}${input.backend.model ? ` (${cell(input.backend.model)})` : ""} |`);
   if (data.models.length > 0) out.push(`| Models used | ${data.models.map(cell).join(", ")} |`);
   out.push(`| Steps | ${done} of ${steps.length} completed |`);
   out.push(`| Policy | ${cell(input.policy.document.id)} (tier ${cell(input.policy.document.tier)}, default ${input.policy.document.default}; ${cell(input.policy.source)}) |`);
   out.push(`| Created | ${state.created_at ?? "—"} |`, `| Updated | ${state.updated_at ?? "—"} |`);
   out.push(`| Workflow receipt hash | \`${verdict.workflowHash ?? "—"}\` |`, "");
   const pending = state.gates.find(gate => gate.status === "pending");
   if (state.status === "paused") {
    const gate = pending ?? state.gates.at(-1);
    out.push("## Waiting for human review", "");
    if (gate) {
     out.push(`The run is **paused** at gate \`${gate.gate_id}\` (step \`${gate.step_id}\`, ${gate.kind === "flag" ? "flagged by policy" : "audit gate"}): ${cell(gate.reason)}.`);
     if (gate.checklist) out.push(`Checklist: ${code(gate.checklist)}.`);
     if (gate.environment) out.push(`GitHub environment: ${code(gate.environment)}.`);
     out.push("");
     if (gate.status === "pending") {
      out.push("To continue: `awo approve <run> --actor NAME [--comment TEXT]` then `awo resume <run>`; to stop: `awo reject <run> --actor NAME`.", "");
     } else {
      out.push(`Approved by **${cell(gate.resolution?.actor)}**; \`awo resume <run>\` continues the run.`, "");
     }
    }
   }
   if (state.failure) out.push(`## Why the run ${state.status === "rejected" ? "was rejected" : "failed"}`, "", `Reason: ${cell(state.failure.reason)}`, "");
   out.push("## Steps", "");
   out.push("| # | Step | Type | Op | Status | Policy | Started | Ended | Input | Output | Receipt |");
   out.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
   steps.slice(0, MAX_STEP_ROWS).forEach((step, i) => {
    out.push(`| ${i + 1} | \`${step.step_id}\` | ${cell(step.step_type)} | ${step.op} | ${step.status} | ${step.decision?.decision ?? "—"} | ${step.started_at ?? "—"} | ${step.ended_at ?? "—"} | ${report_short(step.input_hash)} | ${report_short(step.output_hash)} | ${report_short(step.receipt_hash)} |`);
   });
   if (steps.length > MAX_STEP_ROWS) out.push("", `…and ${steps.length - MAX_STEP_ROWS} more steps: every step's record is in \`metadata.json\`.`);
   out.push("");
   const decided = steps.filter(step => step.decision);
   out.push("## Policy decisions", "");
   if (decided.length === 0) out.push("No step was evaluated yet.");
   const notable = decided.filter(step => step.decision?.decision !== "allow");
   const allowed = decided.length - notable.length;
   for (const step of notable) {
    const decision = step.decision;
    out.push(`- \`${step.step_id}\`: **${decision.decision}**: ${cell(decision.reason)} (policy ${code(decision.policy_id)}, tier ${cell(decision.tier)}, rules: ${decision.rules_triggered.map(cell).join(", ") || "none"})`);
   }
   if (allowed > 0) out.push(`- ${allowed} step(s) **allow**ed by policy ${code(input.policy.document.id)}${allowed <= 20 ? `: ${decided.filter(step => step.decision?.decision === "allow").map(step => `\`${step.step_id}\``).join(", ")}` : ""}`);
   out.push("");
   out.push("## Gates", "");
   if (state.gates.length === 0) out.push("No gate was opened."); else {
    out.push("| Gate | Step | Kind | Requested | Status | Decided by | Comment | At | Source |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const gate of state.gates) {
     const r = gate.resolution;
     out.push(`| \`${gate.gate_id}\` | \`${gate.step_id}\` | ${gate.kind} | ${gate.requested_at} | ${gate.status} | ${cell(r?.actor)} | ${cell(r?.comment || null)} | ${r?.at ?? "—"} | ${cell(r?.source)} |`);
    }
   }
   out.push("");
   const samples = steps.filter(step => step.op === "llm_map" && data.texts.has(step.step_id)).slice(0, 3);
   if (samples.length > 0) {
    out.push("## Sample outputs", "");
    for (const step of samples) out.push(`- \`${step.step_id}\`: ${cell(clip(data.texts.get(step.step_id) ?? "", 300))}`);
    out.push("");
   }
   out.push("## Audit trail (excerpt)", "");
   const lines = data.auditLines;
   const excerpt = lines.length <= 12 ? lines : [ ...lines.slice(0, 4), null, ...lines.slice(-8) ];
   out.push("| Seq | Time | Actor | Event | Step / gate | Decision | Hash |", "| --- | --- | --- | --- | --- | --- | --- |");
   for (const line of excerpt) {
    if (line === null) out.push(`| … | ${lines.length - 12} more lines in \`audit/log.jsonl\` | | | | | |`); else out.push(`| ${line.seq} | ${line.ts} | ${cell(line.actor)} | ${line.event} | ${line.gate_id || line.step_id ? code(line.gate_id ?? line.step_id ?? "") : "—"} | ${cell(line.decision ?? (line.event === "run.status" ? line.details?.status : null))} | ${report_short(line.hash)} |`);
   }
   out.push("");
   out.push("## Receipt chain", "");
   if (verdict.ok) {
    out.push(`**Verified**: ${verdict.auditLines} audit lines and ${verdict.receipts} receipts link from the lock snapshot to workflow receipt hash \`${verdict.workflowHash ?? "—"}\`.`);
   } else {
    out.push(`**Does not verify**: ${cell(verdict.message)}`);
   }
   for (const note of verdict.notes) out.push("", `Note: ${cell(note)}`);
   out.push("", "Check it yourself: `awo verify <run folder or bundle>`, or `sha256sum -c SHA256SUMS.txt` inside the run folder.", "");
   return out.join("\n");
  }
  async function mapConcurrent(items, limit, fn) {
   if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be an integer >= 1, got ${limit}`);
   const results = new Array(items.length);
   let next = 0;
   let failed = false;
   let firstError;
   const worker = async () => {
    while (!failed && next < items.length) {
     const index = next;
     next += 1;
     try {
      results[index] = await fn(items[index], index);
     } catch (err) {
      if (!failed) {
       failed = true;
       firstError = err;
      }
     }
    }
   };
   const workers = Array.from({
    length: Math.min(limit, items.length)
   }, () => worker());
   await Promise.all(workers);
   if (failed) throw firstError;
   return results;
  }
  function resolveInput(step, texts) {
   switch (step.op) {
   case "llm_map":
    {
     const prompts = step.inputs ? step.inputs.map(item => renderTemplate(step.prompt, texts, item)) : [ renderTemplate(step.prompt, texts) ];
     return {
      prompts: prompts,
      params: backendParams(step)
     };
    }

   case "write_text":
    return {
     path: `artifacts/${step.args.path}`,
     text: renderTemplate(step.args.text, texts)
    };

   case "audit_gate":
    return {
     checklist: step.args?.checklist ?? null,
     environment: step.args?.environment ?? null
    };
   }
  }
  async function runLlmMap(step, input, ctx) {
   const prompts = input.prompts;
   const params = input.params;
   const requested = typeof step.params?.concurrency === "number" ? step.params.concurrency : 4;
   const limit = Math.max(1, Math.min(Math.floor(requested), ctx.concurrencyCap));
   const calls = await mapConcurrent(prompts, limit, async (prompt, item) => {
    const {value: value, attempts: attempts} = await callWithRetry(signal => ctx.backend.generate(prompt, params, signal), {
     ...ctx.retry,
     clock: ctx.clock,
     limiter: ctx.limiter,
     onRetry: info => ctx.onRetry({
      ...info,
      item: item
     })
    });
    return {
     prompt: prompt,
     ...value,
     attempts: attempts
    };
   });
   return {
    text: calls.map(call => call.text).join("\n"),
    calls: calls
   };
  }
  function runWriteText(input, store) {
   const path = input.path;
   const text = input.text;
   store.writeArtifact(path, text);
   return {
    text: text,
    path: path,
    bytes: Buffer.byteLength(text),
    sha256: (0, core_hash.QN)(text)
   };
  }
  function gateOutput(gateId, resolution) {
   return {
    gate_id: gateId,
    ...resolution
   };
  }
  const OUTSIDE_EVIDENCE = new Set([ "receipts/workflow.json", "report.md", "SHA256SUMS.txt", AUDIT_LOG ]);
  const STOPPED = new Set([ "paused", "completed", "failed", "rejected" ]);
  const SEAL = [ "SHA256SUMS.txt", "report.md", "receipts/workflow.json" ];
  const LEFTOVER_TEMP = /^(?!artifacts\/).*\.tmp-\d+$/;
  class EvidenceReader {
   reader;
   digests=new Map;
   constructor(reader) {
    this.reader = reader;
   }
   read(path) {
    const bytes = this.reader.read(path);
    if (bytes !== undefined && !OUTSIDE_EVIDENCE.has(path)) this.digests.set(path, (0, 
    core_hash.QN)(bytes));
    return bytes;
   }
   digest(path) {
    if (this.digests.has(path)) return this.digests.get(path);
    const bytes = this.reader.read(path);
    return bytes === undefined ? undefined : (0, core_hash.QN)(bytes);
   }
   list() {
    return this.reader.list();
   }
  }
  class Mismatch extends Error {
   where;
   constructor(where, message) {
    super(message);
    this.where = where;
   }
  }
  function readJson(reader, path) {
   const bytes = reader.read(path);
   if (bytes === undefined) throw new Mismatch(path, "is missing");
   try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
   } catch {
    throw new Mismatch(path, "is not valid JSON");
   }
  }
  const same = (a, b) => (0, core_hash.dj)(a) === (0, core_hash.dj)(b);
  function verifyRun(reader) {
   const report = {
    ok: false,
    runId: null,
    status: null,
    notes: [],
    sealed: false,
    auditLines: 0,
    receipts: 0,
    workflowHash: null
   };
   try {
    check(new EvidenceReader(reader), report);
    report.ok = true;
   } catch (err) {
    if (!(err instanceof Mismatch)) throw err;
    report.where = err.where;
    report.message = `${err.where}: ${err.message}`;
   }
   return report;
  }
  function check(reader, report) {
   const snapshot = reader.read("workflow.snapshot.json");
   if (snapshot === undefined) throw new Mismatch("workflow.snapshot.json", "is missing");
   const lock = readJson(reader, "lock.snapshot.json");
   const input = readJson(reader, "input.json");
   report.runId = input.run_id;
   if (lock.workflow !== (0, core_hash.QN)(snapshot)) throw new Mismatch("workflow.snapshot.json", "does not match lock.snapshot.json's workflow hash");
   let workflow;
   try {
    workflow = loadWorkflow(snapshot, "workflow.snapshot.json");
   } catch {
    throw new Mismatch("workflow.snapshot.json", "is no longer a valid workflow");
   }
   if (!same(workflow.steps, input.steps)) throw new Mismatch("input.json", "steps differ from workflow.snapshot.json");
   const expectedLock = buildLock(workflow, {
    policy: input.policy.document,
    source: input.policy.source
   }, {
    name: input.backend.name,
    model: input.backend.model ?? undefined,
    endpoint: input.backend.base_url ?? undefined
   }, lock.frozen_at);
   for (const key of [ "prompts", "params", "models", "policy" ]) {
    if (!same(expectedLock[key], lock[key])) throw new Mismatch("lock.snapshot.json", `${key} do not match the workflow snapshot and input.json`);
   }
   if ((expectedLock.endpoint ?? null) !== (lock.endpoint ?? null)) throw new Mismatch("lock.snapshot.json", "endpoint does not match input.json's backend base_url");
   const genesis = lockHash(lock);
   const logBytes = reader.read(AUDIT_LOG);
   if (logBytes === undefined) throw new Mismatch(AUDIT_LOG, "is missing");
   const chain = verifyChain(Buffer.from(logBytes).toString("utf8"), genesis, input.run_id);
   if (!chain.ok) throw new Mismatch(`${AUDIT_LOG}:${chain.line}`, `line ${chain.line} ${chain.message}`);
   report.auditLines = chain.lines.length;
   const state = initialState(input.run_id, input.steps, genesis);
   const index = new Map(input.steps.map((step, i) => [ step.id, i ]));
   for (const line of chain.lines) applyLine(state, line, index);
   report.status = state.status;
   const last = chain.lines.at(-1);
   const all = reader.list();
   const stopped = !chain.torn && last?.event === "run.status" && STOPPED.has(String(last.details?.status));
   const unsealed = stopped && SEAL.every(file => !all.includes(file));
   if (unsealed) report.notes.push(`the seal of the stop at ${AUDIT_LOG} line ${chain.lines.length} was removed by a session that was interrupted before it wrote anything`);
   report.sealed = stopped && !unsealed;
   const interrupted = !report.sealed;
   if (chain.torn) report.notes.push(`${AUDIT_LOG}: the last line is incomplete (interrupted write); verified the ${chain.lines.length} complete lines`);
   if (interrupted) report.notes.push("the run was interrupted before it reached a stop: verified up to its last durable point; `awo retry` or `awo resume` completes it");
   checkReceipts(reader, input, state, genesis);
   report.receipts = state.receipts.length;
   const listed = new Set(state.receipts.map(entry => `receipts/${entry.kind}s/${entry.id}.json`));
   const files = all.filter(file => !LEFTOVER_TEMP.test(file));
   const leftovers = all.filter(file => LEFTOVER_TEMP.test(file));
   if (leftovers.length > 0) report.notes.push(`${leftovers.join(", ")}: left by an interrupted write; not evidence (the next session removes it)`);
   for (const file of files) {
    if (/^receipts\/(steps|gates)\//.test(file) && !listed.has(file) && !interrupted) {
     throw new Mismatch(file, "is not referenced by the audit trail");
    }
   }
   checkWorkflowReceipt(reader, state, lock, files, interrupted, report, chain.lines, chain.torn);
  }
  function checkReceipts(reader, input, state, genesis) {
   const texts = new Map;
   const steps = new Map(input.steps.map(step => [ step.id, step ]));
   const records = new Map(state.steps.map(record => [ record.step_id, record ]));
   const decisionHash = decisionHasher();
   let prev = genesis;
   for (const entry of state.receipts) {
    const path = `receipts/${entry.kind}s/${entry.id}.json`;
    const receipt = readJson(reader, path);
    if (!receiptIntact(receipt)) throw new Mismatch(path, "receipt_hash does not match the receipt content");
    if (receipt.receipt_hash !== entry.receipt_hash) throw new Mismatch(path, "receipt_hash differs from the one recorded in the audit trail");
    if (receipt.prev_receipt_hash !== prev) throw new Mismatch(path, "prev_receipt_hash does not link to the previous receipt");
    if (receipt.run_id !== input.run_id) throw new Mismatch(path, `names run ${receipt.run_id}`);
    prev = receipt.receipt_hash;
    if (receipt.kind === "gate") {
     const gate = state.gates.find(candidate => candidate.gate_id === receipt.gate_id && candidate.receipt_hash === receipt.receipt_hash);
     const resolution = gate?.resolution;
     if (!resolution || resolution.decision !== receipt.decision || resolution.actor !== receipt.actor || resolution.at !== receipt.at) {
      throw new Mismatch(path, "does not match the gate resolution in the audit trail");
     }
     continue;
    }
    const step = steps.get(receipt.step_id);
    const record = records.get(receipt.step_id);
    if (!step && record?.op === EXTERNAL_OP) {
     checkExternalReceipt(reader, path, receipt, record, state);
     continue;
    }
    if (!step || !record) throw new Mismatch(path, `names unknown step ${receipt.step_id}`);
    const outputPath = `outputs/${step.id}.json`;
    const output = readJson(reader, outputPath);
    if ((0, core_hash.G5)(output.input) !== receipt.input_hash) throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
    if ((0, core_hash.G5)(output.output) !== receipt.output_hash) throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
    if ((0, core_hash.G5)(resolveInput(step, texts)) !== receipt.input_hash) throw new Mismatch(outputPath, "input is not what the workflow snapshot and earlier outputs give");
    if (!record.decision || decisionHash(record.decision) !== receipt.decision_hash) throw new Mismatch(path, "decision_hash does not match the policy decision in the audit trail");
    const unapproved = unapprovedExecution(state, record);
    if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
    if (step.op === "write_text") {
     const artifact = reader.digest(output.output.path);
     if (artifact === undefined) throw new Mismatch(String(output.output.path), "is missing");
     if (artifact !== output.output.sha256) throw new Mismatch(String(output.output.path), `does not match its digest in ${outputPath}`);
    }
    if (typeof output.output.text === "string") texts.set(step.id, output.output.text);
   }
  }
  function checkExternalReceipt(reader, path, receipt, record, state) {
   const outputPath = `outputs/${receipt.step_id}.json`;
   const output = readJson(reader, outputPath);
   if (receipt.op !== EXTERNAL_OP || output.op !== EXTERNAL_OP || output.step_id !== receipt.step_id) {
    throw new Mismatch(path, `names step ${receipt.step_id} as ${receipt.op}, but the audit trail records it as an external step`);
   }
   if ((0, core_hash.G5)(output.input) !== receipt.input_hash) throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
   if ((0, core_hash.G5)(output.output) !== receipt.output_hash) throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
   if (record.input_hash !== receipt.input_hash || record.output_hash !== receipt.output_hash) {
    throw new Mismatch(path, "input or output hash differs from the one recorded in the audit trail");
   }
   if (!record.decision || (0, core_hash.G5)(record.decision) !== receipt.decision_hash) throw new Mismatch(path, "decision_hash does not match the policy decision in the audit trail");
   const unapproved = unapprovedExecution(state, record);
   if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
  }
  function checkWorkflowReceipt(reader, state, lock, files, interrupted, report, lines, torn) {
   const path = "receipts/workflow.json";
   if (reader.read(path) === undefined) {
    if (interrupted) return;
    throw new Mismatch(path, "is missing");
   }
   const receipt = readJson(reader, path);
   if (!workflowReceiptIntact(receipt)) throw new Mismatch(path, "workflow_hash does not match the receipt content");
   report.workflowHash = receipt.workflow_hash;
   if (receipt.run_id !== state.run_id || receipt.lock_hash !== lockHash(lock) || receipt.workflow_file_hash !== lock.workflow || receipt.policy_hash !== lock.policy) {
    throw new Mismatch(path, "run id, lock, workflow or policy hash does not match the run");
   }
   const anticipated = interrupted && receipt.audit_lines === lines.length + 1;
   if (!anticipated && lines[receipt.audit_lines - 1]?.hash !== receipt.audit_head) {
    throw new Mismatch(path, `seals audit line ${receipt.audit_lines}, which ${AUDIT_LOG} does not have as it was (lines were removed or changed)`);
   }
   if (anticipated) {
    report.notes.push(`the stop (status ${receipt.status}) was interrupted after its workflow receipt was written and before ${AUDIT_LOG} recorded it`);
   } else if (interrupted) {
    const sealed = receipt.audit_lines;
    if (lines.length > sealed) throw new Mismatch(`${AUDIT_LOG}:${sealed + 1}`, `line ${sealed + 1} follows the stop that ${path} seals at line ${sealed} (lines were added after the run stopped)`);
    if (torn) throw new Mismatch(`${AUDIT_LOG}:${sealed + 1}`, `has text after line ${sealed}, the stop that ${path} seals (it was added after the run stopped)`);
    throw new Mismatch(path, `seals audit line ${sealed}, which is not a stop of the run`);
   } else {
    if (receipt.audit_head !== state.head || receipt.audit_lines !== state.seq) {
     throw new Mismatch(path, `audit_head does not match the last line of ${AUDIT_LOG} (lines were removed or added after the run stopped)`);
    }
    if (receipt.status !== state.status) throw new Mismatch(path, `says ${receipt.status}, the audit trail says ${state.status}`);
   }
   if (!same(receipt.receipts, state.receipts)) throw new Mismatch(path, "receipt list differs from the chain in the audit trail");
   const evidence = files.filter(file => !OUTSIDE_EVIDENCE.has(file));
   for (const file of evidence) {
    const expected = receipt.evidence[file];
    if (expected === undefined) throw new Mismatch(file, "is not listed in the workflow receipt (added after the run stopped)");
    if ((reader.digest(file) ?? (0, core_hash.QN)(new Uint8Array)) !== expected) throw new Mismatch(file, "does not match its digest in the workflow receipt");
   }
   const present = new Set(evidence);
   for (const file of Object.keys(receipt.evidence)) {
    if (!present.has(file)) throw new Mismatch(file, "is listed in the workflow receipt but missing");
   }
   const metadata = readJson(reader, "metadata.json");
   if (metadata.status !== receipt.status) throw new Mismatch("metadata.json", `status is ${String(metadata.status)}, the workflow receipt says ${receipt.status}`);
  }
  function run_stop_readJson(ctx, path) {
   const bytes = ctx.store.read(path);
   return bytes ? JSON.parse(Buffer.from(bytes).toString("utf8")) : {};
  }
  function modelsUsed(run, ctx) {
   const models = new Set;
   for (const record of run.journal.state.steps) {
    if (record.op !== "llm_map" || record.status !== "completed") continue;
    const output = run_stop_readJson(ctx, `outputs/${record.step_id}.json`);
    for (const call of output.output?.calls ?? []) {
     for (const model of [ call.requested_model, call.model ]) if (typeof model === "string") models.add(model);
    }
   }
   return [ ...models ].sort();
  }
  function writeStop(run, ctx, statusLine) {
   const {store: store} = ctx;
   const {state: state} = run.journal;
   for (const file of SEAL) store.remove(file);
   const now = run.journal.now();
   const gate = run_state_pendingGate(state) ?? (state.status === "paused" ? state.gates.at(-1) : undefined);
   const models = modelsUsed(run, ctx);
   const previous = run_stop_readJson(ctx, "metadata.json");
   const sessions = Array.isArray(previous.sessions) ? previous.sessions : [];
   const seeds = run.input.steps.flatMap(step => step.op === "llm_map" && step.params?.seed !== undefined ? [ {
    step_id: step.id,
    seed: step.params.seed
   } ] : []);
   store.write("metadata.json", (0, core_hash.D_)({
    ...previous,
    run_id: state.run_id,
    status: state.status,
    updated_at: now,
    ended_at: state.status === "completed" || state.status === "failed" || state.status === "rejected" ? now : null,
    failure: state.failure,
    gate: gate ? {
     gate_id: gate.gate_id,
     step_id: gate.step_id,
     status: gate.status,
     environment: gate.environment
    } : null,
    backend: run.input.backend,
    models: models,
    seeds: seeds,
    hashes: {
     workflow: run.lock.workflow,
     lock: lockHash(run.lock),
     policy: run.lock.policy
    },
    sessions: [ ...sessions, {
     command: ctx.command,
     actor: ctx.actor,
     backend: ctx.backend.name,
     ended_at: now,
     status: state.status
    } ],
    steps: reportedSteps(state)
   }));
   store.write("audit/status.json", (0, core_hash.D_)({
    status: auditStatus(state),
    run_status: state.status,
    gate_id: state.gates.at(-1)?.gate_id ?? null,
    updated_at: now
   }));
   if (state.status === "paused" && gate) {
    store.write("gate_pending.json", (0, core_hash.D_)({
     run_id: state.run_id,
     gate_id: gate.gate_id,
     status: gate.status,
     step_id: gate.step_id,
     kind: gate.kind,
     checklist: gate.checklist,
     environment: gate.environment,
     reason: gate.reason,
     requested_at: gate.requested_at
    }));
   } else {
    store.remove("gate_pending.json");
   }
   const evidence = {};
   for (const file of store.list()) if (!OUTSIDE_EVIDENCE.has(file)) evidence[file] = `sha256:${store.digest(file)}`;
   const receipt = sealWorkflowReceipt({
    kind: "workflow",
    run_id: state.run_id,
    status: state.status,
    workflow_file_hash: run.lock.workflow,
    lock_hash: lockHash(run.lock),
    policy_hash: (0, core_hash.G5)(run.input.policy.document),
    receipts: state.receipts,
    audit_head: state.head,
    audit_lines: state.seq,
    evidence: evidence
   });
   store.write("receipts/workflow.json", (0, core_hash.D_)(receipt));
   if (statusLine) run.journal.append(statusLine);
   const verdict = verifyRun(store);
   const auditLines = readAuditLines(store);
   store.write("report.md", renderReport({
    state: state,
    input: run.input,
    runDir: store.dir,
    texts: run.texts,
    auditLines: auditLines,
    verdict: verdict,
    models: models
   }));
   store.commit();
   store.writeManifest();
   store.commit();
   return receipt.workflow_hash;
  }
  const EXIT = {
   completed: 0,
   paused: 78,
   failed: 1,
   rejected: 1,
   running: 1
  };
  function createRun(runId, workflow, policy, ctx) {
   const {store: store, backend: backend} = ctx;
   const now = ctx.clock.now().toISOString();
   const lock = buildLock(workflow, policy, backend, now);
   const genesis = lockHash(lock);
   const input = buildInput(runId, workflow, policy, backend);
   store.write("workflow.snapshot.json", workflow.bytes);
   store.write("lock.snapshot.json", (0, core_hash.D_)(lock));
   store.write("input.json", (0, core_hash.D_)(input));
   store.write("metadata.json", (0, core_hash.D_)({
    run_id: runId,
    status: "running",
    created_at: now,
    updated_at: now,
    ...ctx.environment,
    sessions: []
   }));
   const journal = new RunJournal(store, initialState(runId, workflow.steps, genesis), workflow.steps, ctx.clock);
   journal.audit({
    actor: ctx.actor,
    event: "run.created",
    evidence_ref: "lock.snapshot.json",
    details: {
     workflow_hash: lock.workflow,
     lock_hash: genesis,
     policy_hash: lock.policy,
     policy_id: policy.policy.id,
     backend: backend.name
    }
   });
   journal.audit({
    actor: ctx.actor,
    event: "run.status",
    details: {
     status: "running",
     command: ctx.command
    }
   });
   store.commit();
   return {
    input: input,
    lock: lock,
    genesis: genesis,
    journal: journal,
    texts: new Map
   };
  }
  function engine_readJson(store, path) {
   const bytes = store.read(path);
   if (bytes === undefined) throw new errors.cs(`${store.dir} is not a run folder: ${path} is missing`, path);
   try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
   } catch {
    throw new errors.cs(`${path} is not valid JSON`, path);
   }
  }
  function openRun(ctx) {
   const {store: store} = ctx;
   const verdict = verifyRun(store);
   if (!verdict.ok) throw new errors.cs(`refusing to continue run folder ${store.dir}: ${verdict.message ?? "it does not verify"}`, verdict.where ?? store.dir);
   store.unsealOnFirstWrite(SEAL);
   const input = engine_readJson(store, "input.json");
   const lock = engine_readJson(store, "lock.snapshot.json");
   const genesis = lockHash(lock);
   const state = initialState(input.run_id, input.steps, genesis);
   const journal = new RunJournal(store, state, input.steps, ctx.clock);
   const recovered = [];
   for (const path of store.list()) {
    if (LEFTOVER_TEMP.test(path)) {
     store.remove(path);
    } else if (path === AUDIT_LOG || path.startsWith("steps/") && path.endsWith(".jsonl")) {
     const text = Buffer.from(store.read(path) ?? new Uint8Array).toString("utf8");
     if (text !== "" && !text.endsWith("\n")) {
      store.write(path, text.slice(0, text.lastIndexOf("\n") + 1));
      recovered.push(`dropped the torn last line of ${path}`);
     }
    }
   }
   const text = Buffer.from(store.read(AUDIT_LOG) ?? new Uint8Array).toString("utf8");
   for (const line of text.split("\n").slice(0, -1)) applyLine(state, JSON.parse(line), journal.index);
   for (const gate of state.gates.filter(candidate => candidate.status === "pending")) {
    const receipt = readReceipt(store, `receipts/gates/${gate.gate_id}.json`);
    if (receipt && receipt.prev_receipt_hash === lastReceipt(state.receipts, genesis)) {
     auditGateResolution(journal, receipt, receipt.actor, true);
     recovered.push(`recorded the resolution of gate ${gate.gate_id} from its receipt`);
    }
   }
   for (const record of state.steps) {
    if (record.status === "completed" || record.op === EXTERNAL_OP) continue;
    const receipt = readReceipt(store, `receipts/steps/${record.step_id}.json`);
    if (!receipt) break;
    if (receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis)) break;
    if (unapprovedExecution(state, record)) break;
    auditStepCompleted(journal, input.steps[journal.index.get(record.step_id) ?? 0], receipt, "system", true);
    recovered.push(`recorded step ${record.step_id} as completed from its receipt`);
   }
   for (const record of state.steps) {
    if (record.op !== EXTERNAL_OP || record.status !== "started") continue;
    const receipt = readReceipt(store, `receipts/steps/${record.step_id}.json`);
    if (!receipt || receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis)) continue;
    if (unapprovedExecution(state, record)) continue;
    auditStepCompleted(journal, {
     id: record.step_id,
     op: record.op
    }, receipt, "system", true);
    recovered.push(`recorded external step ${record.step_id} as completed from its receipt`);
   }
   if (recovered.length > 0) journal.audit({
    actor: "system",
    event: "run.recovered",
    reason: recovered.join("; ")
   });
   const texts = new Map;
   for (const step of input.steps) {
    const record = state.steps[journal.index.get(step.id) ?? 0];
    if (record?.status !== "completed" || step.op === "audit_gate") continue;
    const output = engine_readJson(store, `outputs/${step.id}.json`);
    if (typeof output.output.text === "string") texts.set(step.id, output.output.text);
   }
   return {
    input: input,
    lock: lock,
    genesis: genesis,
    journal: journal,
    texts: texts
   };
  }
  function readReceipt(store, path) {
   const bytes = store.read(path);
   if (!bytes) return undefined;
   try {
    const receipt = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return receiptIntact(receipt) ? receipt : undefined;
   } catch {
    return undefined;
   }
  }
  function lastReceipt(receipts, genesis) {
   return receipts.at(-1)?.receipt_hash ?? genesis;
  }
  function auditStepCompleted(journal, step, receipt, actor, recovered) {
   const details = {
    input_hash: receipt.input_hash,
    output_hash: receipt.output_hash,
    receipt_hash: receipt.receipt_hash,
    ...recovered ? {
     recovered: recovered
    } : {}
   };
   journal.audit({
    actor: actor,
    event: "step.completed",
    step_id: step.id,
    evidence_ref: `receipts/steps/${step.id}.json`,
    details: details
   });
   journal.stepEvent(step, "completed", details);
  }
  function auditGateResolution(journal, receipt, actor, recovered) {
   const resolution = {
    decision: receipt.decision,
    actor: receipt.actor,
    comment: receipt.comment,
    at: receipt.at,
    source: receipt.source,
    ...receipt.details ? {
     details: receipt.details
    } : {}
   };
   journal.audit({
    actor: actor,
    event: "gate.resolved",
    gate_id: receipt.gate_id,
    step_id: receipt.step_id,
    decision: receipt.decision,
    reason: receipt.comment,
    evidence_ref: `receipts/gates/${receipt.gate_id}.json`,
    details: {
     resolution: resolution,
     receipt_hash: receipt.receipt_hash,
     ...recovered ? {
      recovered: recovered
     } : {}
    }
   });
  }
  function beginSession(run, ctx, mode, posting) {
   const {state: state} = run.journal;
   if (mode === "resume") checkResume(state, posting); else checkRetry(state);
   ctx.store.remove("gate_pending.json");
   run.journal.audit({
    actor: ctx.actor,
    event: "run.status",
    details: {
     status: "running",
     command: mode
    }
   });
  }
  function resolveGate(run, ctx, resolution) {
   const {journal: journal} = run;
   const gate = gateToResolve(journal.state, resolution.decision === "approved" ? "approve" : "reject");
   const at = resolution.at ?? journal.now();
   const receipt = sealReceipt({
    kind: "gate",
    run_id: journal.state.run_id,
    gate_id: gate.gate_id,
    step_id: gate.step_id,
    decision: resolution.decision,
    actor: resolution.actor,
    comment: resolution.comment,
    at: at,
    source: resolution.source,
    ...resolution.details ? {
     details: resolution.details
    } : {},
    prev_receipt_hash: lastReceipt(journal.state.receipts, run.genesis)
   });
   ctx.store.write(`receipts/gates/${gate.gate_id}.json`, (0, core_hash.D_)(receipt));
   auditGateResolution(journal, receipt, ctx.actor, false);
   writeGateFile(run, ctx.store, gate.gate_id);
   if (resolution.decision === "rejected") {
    const failure = {
     kind: "rejected",
     reason: `gate "${gate.gate_id}" rejected by ${resolution.actor}${resolution.comment ? `: ${resolution.comment}` : ""}`,
     step_id: gate.step_id
    };
    return stop(run, ctx, "rejected", failure);
   }
   return stop(run, ctx, "paused", null);
  }
  function cancelRun(run, ctx, reason) {
   checkCancel(run.journal.state);
   return stop(run, ctx, "failed", {
    kind: "cancelled",
    reason: reason,
    step_id: null
   });
  }
  function recordStart(journal, actor, step, decision, logDetails, auditDetails) {
   journal.stepEvents(step, [ [ "started", {
    type: step.type ?? null,
    ...logDetails
   } ], [ "policy", {
    ...decision
   } ] ]);
   journal.auditAll([ {
    actor: actor,
    event: "step.started",
    step_id: step.id,
    details: auditDetails
   }, {
    actor: "policy",
    event: "policy.decision",
    step_id: step.id,
    decision: decision.decision,
    reason: decision.reason,
    evidence_ref: journal.stepLog(step.id),
    details: {
     policy: decision
    }
   } ]);
  }
  function denyStep(run, ctx, step, decision) {
   run.journal.stepEvent(step, "denied", {
    reason: decision.reason
   });
   run.journal.audit({
    actor: "policy",
    event: "step.denied",
    step_id: step.id,
    decision: "deny",
    reason: decision.reason
   });
   return stop(run, ctx, "failed", {
    kind: "denied",
    reason: `step "${step.id}" denied by policy ${decision.policy_id}: ${decision.reason}`,
    step_id: step.id
   });
  }
  async function execute(run, ctx) {
   const {journal: journal, input: input} = run;
   const {state: state} = journal;
   const policy = input.policy.document;
   const retry = ctx.retry ?? DEFAULT_RETRY;
   const decisionHash = decisionHasher();
   if (run_state_pendingGate(state)) return stop(run, ctx, "paused", null);
   for (const step of input.steps) {
    const record = state.steps[journal.index.get(step.id) ?? 0];
    if (!record || record.status === "completed") continue;
    const interrupted = ctx.interruption?.(run, ctx);
    if (interrupted) return interrupted;
    const stepInput = resolveInput(step, run.texts);
    const facts = {
     step: step,
     prompts: stepInput.prompts ?? [],
     params: {
      ...stepInput.params,
      model: effectiveModel(step, ctx.backend)
     }
    };
    const decision = evaluatePolicy(policy, facts);
    recordStart(journal, ctx.actor, step, decision, {}, {
     op: step.op,
     type: step.type ?? null
    });
    if (decision.decision === "deny") return denyStep(run, ctx, step, decision);
    if (decision.decision === "flag") {
     const gate = gateForStep(state, step.id, "flag");
     if (gate?.status !== "approved") return gate ? waitOrEnd(run, ctx, gate) : requestGate(run, ctx, step, `flag-${step.id}`, "flag", decision.reason);
    }
    let output;
    try {
     if (step.op === "audit_gate") {
      const gate = gateForStep(state, step.id, "audit_gate");
      if (gate?.status !== "approved" || !gate.resolution) {
       return gate ? waitOrEnd(run, ctx, gate) : requestGate(run, ctx, step, step.id, "audit_gate", "audit gate: human review required");
      }
      output = gateOutput(gate.gate_id, gate.resolution);
     } else if (step.op === "llm_map") {
      output = await runLlmMap(step, stepInput, {
       backend: ctx.backend,
       store: ctx.store,
       clock: ctx.clock,
       retry: retry,
       limiter: ctx.limiter,
       concurrencyCap: ctx.concurrencyCap ?? 32,
       onRetry: info => {
        journal.stepEvent(step, "retry", {
         ...info
        });
        journal.audit({
         actor: "system",
         event: "step.retry",
         step_id: step.id,
         reason: info.reason,
         details: {
          attempt: info.attempt,
          delay_ms: info.delayMs,
          status: info.status ?? null,
          item: info.item
         }
        });
       }
      });
     } else {
      output = runWriteText(stepInput, ctx.store);
     }
    } catch (err) {
     const reason = (0, errors.bD)(err);
     journal.stepEvent(step, "failed", {
      error: reason
     });
     journal.audit({
      actor: "system",
      event: "step.failed",
      step_id: step.id,
      reason: reason
     });
     return stop(run, ctx, "failed", {
      kind: "error",
      reason: `step "${step.id}" failed: ${reason}`,
      step_id: step.id
     });
    }
    const outputRecord = {
     step_id: step.id,
     op: step.op,
     input: stepInput,
     output: output
    };
    ctx.store.write(`outputs/${step.id}.json`, (0, core_hash.D_)(outputRecord), {
     atomic: false
    });
    const receipt = sealReceipt({
     kind: "step",
     run_id: state.run_id,
     step_id: step.id,
     step_type: step.type ?? null,
     op: step.op,
     input_hash: (0, core_hash.G5)(stepInput),
     output_hash: (0, core_hash.G5)(output),
     decision_hash: decisionHash(decision),
     prev_receipt_hash: lastReceipt(state.receipts, run.genesis)
    });
    ctx.store.write(`receipts/steps/${step.id}.json`, (0, core_hash.D_)(receipt), {
     atomic: false
    });
    auditStepCompleted(journal, step, receipt, ctx.actor, false);
    ctx.store.release(journal.stepLog(step.id));
    if (typeof output.text === "string") run.texts.set(step.id, output.text);
   }
   return stop(run, ctx, "completed", null);
  }
  function waitOrEnd(run, ctx, gate) {
   if (gate.status === "rejected") {
    return stop(run, ctx, "rejected", {
     kind: "rejected",
     reason: `gate "${gate.gate_id}" rejected by ${gate.resolution?.actor ?? "unknown"}`,
     step_id: gate.step_id
    });
   }
   return stop(run, ctx, "paused", null);
  }
  function requestGate(run, ctx, step, gateId, kind, reason) {
   const {journal: journal} = run;
   const args = step.op === "audit_gate" ? step.args : undefined;
   const details = {
    kind: kind,
    checklist: args?.checklist ?? null,
    environment: args?.environment ?? null
   };
   journal.stepEvent(step, "gate", {
    gate_id: gateId,
    reason: reason,
    ...details
   });
   journal.audit({
    actor: kind === "flag" ? "policy" : ctx.actor,
    event: "gate.requested",
    step_id: step.id,
    gate_id: gateId,
    reason: reason,
    evidence_ref: `audit/gates/${gateId}.json`,
    details: details
   });
   writeGateFile(run, ctx.store, gateId);
   return stop(run, ctx, "paused", null);
  }
  function writeGateFile(run, store, gateId) {
   const gate = run.journal.state.gates.filter(candidate => candidate.gate_id === gateId).at(-1);
   if (!gate) return;
   store.write(`audit/gates/${gateId}.json`, (0, core_hash.D_)({
    gate_id: gate.gate_id,
    step_id: gate.step_id,
    kind: gate.kind,
    status: gate.status,
    request: {
     at: gate.requested_at,
     reason: gate.reason,
     checklist: gate.checklist,
     environment: gate.environment
    },
    resolution: gate.resolution,
    receipt_hash: gate.receipt_hash
   }));
  }
  function stop(run, ctx, status, failure) {
   const {journal: journal} = run;
   let statusLine;
   if (journal.state.status !== status || status === "paused") {
    statusLine = journal.prepare({
     actor: ctx.actor,
     event: "run.status",
     reason: failure?.reason,
     details: {
      status: status,
      ...failure ? {
       failure: failure
      } : {}
     }
    });
    journal.apply(statusLine);
   }
   const workflowHash = writeStop(run, ctx, statusLine);
   const state = journal.state;
   return {
    runId: state.run_id,
    runDir: ctx.store.dir,
    status: state.status,
    exitCode: EXIT[state.status],
    gate: state.gates.filter(gate => gate.status === "pending").at(-1) ?? (state.status === "paused" ? state.gates.at(-1) ?? null : null),
    failure: state.failure,
    workflowHash: workflowHash,
    decisions: state.steps.filter(step => step.decision && step.decision.decision !== "allow").map(step => ({
     step_id: step.step_id,
     decision: step.decision
    }))
   };
  }
  const systemClock = {
   now: () => new Date,
   sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
  };
  const DEFAULT_MAX_CONCURRENCY = 64;
  class ConcurrencyLimiter {
   max;
   min;
   clock;
   cooldownMs;
   current;
   inFlight=0;
   successes=0;
   pausedUntil=0;
   lastDecreaseAt=Number.NEGATIVE_INFINITY;
   decreases=0;
   wakeScheduled=false;
   waiters=[];
   constructor(options) {
    if (!Number.isInteger(options.max) || options.max < 1) throw new RangeError("limiter max must be an integer >= 1");
    this.max = options.max;
    this.min = Math.max(1, Math.min(options.min ?? 1, options.max));
    this.clock = options.clock;
    this.cooldownMs = options.decreaseCooldownMs ?? 1e3;
    this.current = this.max;
   }
   get limit() {
    return this.current;
   }
   get active() {
    return this.inFlight;
   }
   get epoch() {
    return this.decreases;
   }
   get waiting() {
    return this.waiters.length;
   }
   acquire() {
    return new Promise(resolve => {
     this.waiters.push(() => {
      this.inFlight += 1;
      let released = false;
      resolve(() => {
       if (released) return;
       released = true;
       this.inFlight -= 1;
       this.pump();
      });
     });
     this.pump();
    });
   }
   async run(fn) {
    const release = await this.acquire();
    try {
     return await fn();
    } finally {
     release();
    }
   }
   onRateLimited(retryAfterMs) {
    const now = this.clock.now().getTime();
    if (now - this.lastDecreaseAt >= this.cooldownMs) {
     this.current = Math.max(this.min, Math.floor(this.current / 2));
     this.lastDecreaseAt = now;
     this.decreases += 1;
     this.successes = 0;
    }
    if (retryAfterMs !== undefined && retryAfterMs > 0) this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
   }
   onSuccess(startedInEpoch) {
    if (this.current >= this.max) return;
    if (startedInEpoch !== undefined && startedInEpoch !== this.decreases) return;
    this.successes += 1;
    if (this.successes >= this.current) {
     this.current += 1;
     this.successes = 0;
     this.pump();
    }
   }
   pump() {
    const now = this.clock.now().getTime();
    if (now < this.pausedUntil) {
     this.scheduleWake(this.pausedUntil - now);
     return;
    }
    while (this.waiters.length > 0 && this.inFlight < this.current) {
     const grant = this.waiters.shift();
     grant();
    }
   }
   scheduleWake(ms) {
    if (this.wakeScheduled || this.waiters.length === 0) return;
    this.wakeScheduled = true;
    void this.clock.sleep(ms).then(() => {
     this.wakeScheduled = false;
     this.pump();
    });
   }
  }
  const ENGINE_ACTORS = new Set([ "policy", "system" ]);
  function sameActor(name) {
   return name.normalize("NFKC").replace(/[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu, "").replace(/[\s\u2800]+/g, " ").trim().toLowerCase();
  }
  function checkActorName(name, where) {
   if (ENGINE_ACTORS.has(sameActor(name))) throw new InputError(`${where} "${name}" is the name the engine records its own actions under; give a person's or a bot's name`);
  }
  class SelfApprovalRefused extends errors._ {
   constructor(message) {
    super("SELF_APPROVAL", message, 2);
   }
  }
  function gateRequesters(lines, gate) {
   const actors = new Set;
   for (const line of lines) {
    const relevant = line.event === "run.created" || line.event === "gate.requested" && line.gate_id === gate.gate_id || line.event === "step.started" && gate.step_id !== "" && line.step_id === gate.step_id && gate.kind !== "manual";
    if (relevant && !ENGINE_ACTORS.has(line.actor)) actors.add(sameActor(line.actor));
   }
   return actors;
  }
  function checkSelfApproval(policy, lines, gate, decision, actor) {
   if (decision !== "approved" || policy.allow_self_approval === true) return;
   if (gateRequesters(lines, gate).has(sameActor(actor))) {
    throw new SelfApprovalRefused(`${actor} cannot approve gate "${gate.gate_id}" of run ${lines[0]?.run_id ?? "?"}: they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`);
   }
  }
  var bundle_manifest = __webpack_require__(9075);
  var external_node_child_process_ = __webpack_require__(1421);
  const TOOL_NAME = "awo-action";
  const TOOL_VERSION = "1.0.0";
  const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
  function commitSha(env, cwd) {
   const fromEnv = env.GITHUB_SHA?.trim().toLowerCase();
   if (fromEnv && SHA.test(fromEnv)) return {
    sha: fromEnv,
    source: "GITHUB_SHA"
   };
   try {
    const out = (0, external_node_child_process_.execFileSync)("git", [ "rev-parse", "HEAD" ], {
     cwd: cwd,
     encoding: "utf8",
     stdio: [ "ignore", "pipe", "ignore" ],
     timeout: 1e4
    }).trim().toLowerCase();
    if (SHA.test(out)) return {
     sha: out,
     source: "git"
    };
   } catch {}
   return {
    sha: null,
    source: "absent"
   };
  }
  function git(args, cwd) {
   try {
    const out = (0, external_node_child_process_.execFileSync)("git", args, {
     cwd: cwd,
     stdio: [ "ignore", "pipe", "ignore" ],
     encoding: "utf8",
     timeout: 5e3
    }).trim();
    return out === "" ? null : out;
   } catch {
    return null;
   }
  }
  function withoutCredentials(url) {
   if (!url) return url;
   return url.replace(/^(\w+:\/\/)[^@/]*@/, "$1");
  }
  function runEnvironment(env, cwd) {
   const commit = commitSha(env, cwd);
   const inGitHub = Boolean(env.GITHUB_ACTIONS || env.GITHUB_RUN_ID);
   const github = inGitHub ? {
    repository: env.GITHUB_REPOSITORY ?? null,
    run_id: env.GITHUB_RUN_ID ?? null,
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
    job: env.GITHUB_JOB ?? null,
    workflow: env.GITHUB_WORKFLOW ?? null,
    actor: env.GITHUB_ACTOR ?? null,
    event: env.GITHUB_EVENT_NAME ?? null,
    server_url: env.GITHUB_SERVER_URL ?? null
   } : null;
   return {
    tool: {
     name: TOOL_NAME,
     version: TOOL_VERSION
    },
    node_version: process.version,
    platform: `${process.platform}-${process.arch}`,
    git: {
     sha: commit.sha,
     sha_source: commit.source,
     ref: env.GITHUB_REF ?? (commit.source === "git" ? git([ "symbolic-ref", "-q", "HEAD" ], cwd) : null),
     repository: env.GITHUB_REPOSITORY ?? (commit.source === "git" ? withoutCredentials(git([ "config", "--get", "remote.origin.url" ], cwd)) : null)
    },
    github: github
   };
  }
  var run_folder = __webpack_require__(9089);
  var external_node_crypto_ = __webpack_require__(7598);
  var external_node_os_ = __webpack_require__(8161);
  function lockFileOf(runDir) {
   return external_node_path_.join(external_node_path_.dirname(runDir), `.${external_node_path_.basename(runDir)}.awo-lock`);
  }
  function readHolder(file) {
   try {
    return JSON.parse(external_node_fs_.readFileSync(file, "utf8"));
   } catch {
    return undefined;
   }
  }
  function alive(holder) {
   if (holder.host !== external_node_os_.hostname()) return true;
   try {
    process.kill(holder.pid, 0);
    return true;
   } catch (err) {
    return err.code === "EPERM";
   }
  }
  function lockRunFolder(runDir, command) {
   const file = lockFileOf(external_node_fs_.realpathSync(runDir));
   const me = {
    pid: process.pid,
    host: external_node_os_.hostname(),
    command: command,
    since: (new Date).toISOString(),
    token: (0, external_node_crypto_.randomUUID)()
   };
   const aside = `${file}.${me.token}`;
   try {
    external_node_fs_.writeFileSync(aside, JSON.stringify(me));
   } catch (err) {
    throw new errors.dz(`cannot lock run folder ${runDir}: ${(0, errors.bD)(err)}`);
   }
   try {
    for (let attempt = 0; attempt < 2; attempt++) {
     try {
      external_node_fs_.linkSync(aside, file);
      return () => {
       if (readHolder(file)?.token === me.token) external_node_fs_.rmSync(file, {
        force: true
       });
      };
     } catch (err) {
      if (err.code !== "EEXIST") throw err;
     }
     const holder = readHolder(file);
     if (holder && alive(holder)) throw new errors.sK(`run folder ${runDir} is in use by another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, or remove ${file} if that process is gone`);
     takeOver(file, holder?.token);
    }
    throw new errors.sK(`run folder ${runDir} is in use by another awo session; try again`);
   } finally {
    external_node_fs_.rmSync(aside, {
     force: true
    });
   }
  }
  const TAKEOVER_MS = 1e4;
  function takeOver(file, deadToken) {
   const marker = `${file}.takeover`;
   try {
    external_node_fs_.writeFileSync(marker, String(process.pid), {
     flag: "wx"
    });
   } catch (err) {
    if (err.code !== "EEXIST") throw err;
    const age = Date.now() - (external_node_fs_.statSync(marker, {
     throwIfNoEntry: false
    })?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_MS) external_node_fs_.rmSync(marker, {
     force: true
    });
    return;
   }
   try {
    if (readHolder(file)?.token === deadToken) external_node_fs_.rmSync(file, {
     force: true
    });
   } finally {
    external_node_fs_.rmSync(marker, {
     force: true
    });
   }
  }
  function removeStaleLock(runDir) {
   const file = lockFileOf(runDir);
   if (!fs.existsSync(file)) return false;
   const holder = readHolder(file);
   if (holder && alive(holder)) return false;
   takeOver(file, holder?.token);
   return !fs.existsSync(file);
  }
  var make_folders = __webpack_require__(7383);
  let syncfsWorks = process.platform === "linux" ? undefined : false;
  function syncFileSystem(dir) {
   if (syncfsWorks === false) return false;
   try {
    (0, external_node_child_process_.execFileSync)("sync", [ "-f", dir ], {
     stdio: "ignore",
     timeout: 12e4
    });
    syncfsWorks = true;
   } catch {
    syncfsWorks = false;
   }
   return syncfsWorks;
  }
  class FsRunStore {
   dir;
   appendFds=new Map;
   written=new Map;
   appended=new Map;
   dirty=new Set;
   madeDirs=new Set;
   checkedDirs=new Set;
   seal=[];
   constructor(dir) {
    this.dir = dir;
   }
   unsealOnFirstWrite(files) {
    this.seal = files;
   }
   unseal() {
    if (this.seal.length === 0) return;
    const files = this.seal;
    this.seal = [];
    for (const rel of files) {
     if (!this.exists(rel)) continue;
     this.remove(rel);
     this.dirty.add(rel);
    }
    this.commit();
   }
   abs(rel) {
    return external_node_path_.join(this.dir, ...rel.split("/"));
   }
   ensureDir(rel) {
    const parent = rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")) : "";
    if (parent === "" || this.madeDirs.has(parent)) return;
    (0, make_folders.w)(this.abs(parent));
    this.madeDirs.add(parent);
   }
   write(rel, data, options = {}) {
    this.unseal();
    this.ensureDir(rel);
    const target = this.abs(rel);
    if (options.atomic === false) {
     external_node_fs_.writeFileSync(target, data);
    } else {
     const temp = `${target}.tmp-${process.pid}`;
     external_node_fs_.writeFileSync(temp, data);
     external_node_fs_.renameSync(temp, target);
    }
    this.written.set(rel, (0, core_hash.fg)(data));
    this.appended.delete(rel);
    this.dirty.add(rel);
   }
   append(rel, text) {
    this.unseal();
    let fd = this.appendFds.get(rel);
    if (fd === undefined) {
     this.ensureDir(rel);
     const existed = external_node_fs_.existsSync(this.abs(rel));
     fd = external_node_fs_.openSync(this.abs(rel), "a");
     this.appendFds.set(rel, fd);
     if (!this.appended.has(rel)) this.appended.set(rel, existed ? (0, external_node_crypto_.createHash)("sha256").update(external_node_fs_.readFileSync(this.abs(rel))) : (0, 
     external_node_crypto_.createHash)("sha256"));
    }
    external_node_fs_.writeSync(fd, text);
    this.appended.get(rel)?.update(text);
    this.written.delete(rel);
    this.dirty.add(rel);
   }
   release(rel) {
    const fd = this.appendFds.get(rel);
    if (fd === undefined) return;
    external_node_fs_.closeSync(fd);
    this.appendFds.delete(rel);
   }
   writeArtifact(rel, text) {
    this.unseal();
    const parts = rel.split("/");
    let current = this.dir;
    for (let i = 0; i < parts.length; i++) {
     current = external_node_path_.join(current, parts[i]);
     if (i < parts.length - 1 && this.checkedDirs.has(current)) continue;
     let stat;
     try {
      stat = external_node_fs_.lstatSync(current);
     } catch {
      stat = undefined;
     }
     const shown = parts.slice(0, i + 1).join("/");
     if (stat?.isSymbolicLink()) throw new errors.dz(`refusing to write ${rel}: ${shown} is a symbolic link`);
     if (i < parts.length - 1) {
      if (!stat) external_node_fs_.mkdirSync(current); else if (!stat.isDirectory()) throw new errors.dz(`refusing to write ${rel}: ${shown} is not a folder`);
      this.checkedDirs.add(current);
     } else if (stat && !stat.isFile()) {
      throw new errors.dz(`refusing to write ${rel}: ${shown} exists and is not a regular file`);
     }
    }
    const parent = external_node_path_.dirname(current);
    if (external_node_fs_.realpathSync.native(parent) !== external_node_path_.join(this.realDir(), ...parts.slice(0, -1))) {
     throw new errors.dz(`refusing to write ${rel}: a folder on its path is a symbolic link`);
    }
    const fd = external_node_fs_.openSync(current, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 420);
    try {
     external_node_fs_.writeSync(fd, text);
    } finally {
     external_node_fs_.closeSync(fd);
    }
    this.written.set(rel, (0, core_hash.fg)(text));
    this.appended.delete(rel);
    this.dirty.add(rel);
   }
   realDirCache;
   realDir() {
    this.realDirCache ??= external_node_fs_.realpathSync.native(this.dir);
    return this.realDirCache;
   }
   read(rel) {
    try {
     return external_node_fs_.readFileSync(this.abs(rel));
    } catch (err) {
     if (err.code === "ENOENT") return undefined;
     throw err;
    }
   }
   exists(rel) {
    return external_node_fs_.existsSync(this.abs(rel));
   }
   remove(rel) {
    if (!LEFTOVER_TEMP.test(rel)) this.unseal();
    external_node_fs_.rmSync(this.abs(rel), {
     force: true
    });
    this.written.delete(rel);
    this.appended.delete(rel);
   }
   list() {
    const out = [];
    const walk = rel => {
     for (const entry of external_node_fs_.readdirSync(rel === "" ? this.dir : this.abs(rel), {
      withFileTypes: true
     })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child); else if (entry.isFile()) out.push(child); else throw new errors.cs(`${child} is ${entry.isSymbolicLink() ? "a symbolic link" : "not a regular file"}; a run folder holds only regular files and folders`, child);
     }
    };
    walk("");
    return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
   }
   digest(rel) {
    const known = this.written.get(rel) ?? this.appended.get(rel)?.copy().digest("hex");
    if (known) return known;
    const data = this.read(rel);
    if (data === undefined) throw new Error(`${rel} does not exist`);
    return (0, core_hash.fg)(data);
   }
   knownDigests() {
    const out = new Map(this.written);
    for (const [rel, hash] of this.appended) out.set(rel, hash.copy().digest("hex"));
    return out;
   }
   commit() {
    if (this.dirty.size === 0) return;
    if (syncFileSystem(this.dir)) {
     this.dirty.clear();
     return;
    }
    const folders = new Set;
    for (const rel of this.dirty) {
     const fd = this.appendFds.get(rel);
     if (fd !== undefined) {
      external_node_fs_.fsyncSync(fd);
     } else {
      try {
       const handle = external_node_fs_.openSync(this.abs(rel), "r");
       external_node_fs_.fsyncSync(handle);
       external_node_fs_.closeSync(handle);
      } catch {}
     }
     folders.add(rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")) : "");
    }
    for (const folder of folders) {
     const handle = external_node_fs_.openSync(folder === "" ? this.dir : this.abs(folder), "r");
     external_node_fs_.fsyncSync(handle);
     external_node_fs_.closeSync(handle);
    }
    this.dirty.clear();
   }
   writeManifest() {
    (0, bundle_manifest.HN)(this.dir, this.knownDigests());
    this.dirty.add("SHA256SUMS.txt");
    this.written.delete("SHA256SUMS.txt");
   }
   unlock;
   lock(command) {
    this.unlock ??= lockRunFolder(this.dir, command);
    return this;
   }
   close() {
    for (const rel of [ ...this.appendFds.keys() ]) this.release(rel);
    this.unlock?.();
    this.unlock = undefined;
   }
  }
  function readInput(file, what, via = "") {
   try {
    return external_node_fs_.readFileSync(file);
   } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : err.message;
    throw new errors.dz(`cannot read ${what} ${file}${via}: ${why}`);
   }
  }
  function checkBackendParams(workflow, backend) {
   if (!backend.validateParams) return;
   const problems = [];
   workflow.steps.forEach((step, index) => {
    if (step.op !== "llm_map") return;
    for (const problem of backend.validateParams(backendParams(step))) problems.push(`${workflow.source}: steps[${index}].${problem}`);
   });
   if (problems.length > 0) {
    throw new errors.dz([ `invalid workflow ${workflow.source} for backend ${backend.name}:`, ...problems.map(p => `  - ${p}`) ].join("\n"), problems);
   }
  }
  let sharedLimiter;
  function processLimiter() {
   sharedLimiter ??= new ConcurrencyLimiter({
    max: DEFAULT_MAX_CONCURRENCY,
    clock: systemClock
   });
   return sharedLimiter;
  }
  function context(store, options, command) {
   const clock = options.clock ?? systemClock;
   return {
    store: store,
    backend: options.backend,
    clock: clock,
    limiter: options.limiter ?? processLimiter(),
    actor: options.actor,
    retry: options.retry,
    concurrencyCap: options.concurrencyCap,
    environment: runEnvironment(options.env, options.cwd),
    command: command
   };
  }
  async function startRun(options) {
   const workflowFile = external_node_path_.resolve(options.cwd, options.workflowPath);
   const workflow = loadWorkflow(readInput(workflowFile, "workflow"), options.workflowPath);
   const policy = resolvePolicy(workflow, options.policyPath ? external_node_path_.resolve(options.cwd, options.policyPath) : undefined, ref => {
    const file = external_node_path_.resolve(external_node_path_.dirname(workflowFile), ref);
    const via = options.policyPath ? " (--policy)" : ` (the "policy" field of ${options.workflowPath})`;
    return {
     bytes: readInput(file, "policy", via),
     source: external_node_path_.relative(options.cwd, file) || file
    };
   });
   checkBackendParams(workflow, options.backend);
   const clock = options.clock ?? systemClock;
   const folder = (0, run_folder.kg)(external_node_path_.resolve(options.cwd, options.runsDir), clock.now());
   const creating = new FsRunStore(folder.creating);
   try {
    createRun(folder.runId, workflow, policy, context(creating, options, "run"));
   } finally {
    creating.close();
   }
   (0, run_folder.nl)(folder);
   return withRun(folder.dir, options, "run", (run, ctx) => execute(run, ctx));
  }
  async function withRun(runDir, options, command, act, allowed) {
   const dir = (0, run_folder.Zy)(runDir);
   const store = new FsRunStore(dir);
   try {
    store.lock(command);
    if (allowed) allowed(openReadOnly(dir));
    const ctx = context(store, options, command);
    return await act(openRun(ctx), ctx);
   } finally {
    store.close();
   }
  }
  function continueRun(runDir, mode, options) {
   return withRun(runDir, options, mode, (run, ctx) => {
    beginSession(run, ctx, mode);
    return execute(run, ctx);
   }, run => (mode === "resume" ? checkResume : checkRetry)(run.journal.state));
  }
  function decideGate(runDir, decision, options) {
   const verb = decision.decision === "approved" ? "approve" : "reject";
   const allowed = run => {
    const gate = gateToResolve(run.journal.state, verb);
    if (options.checkSelfApproval) checkSelfApproval(run.input.policy.document, readAuditLines(run.journal.store), gate, decision.decision, decision.actor);
   };
   return withRun(runDir, {
    ...options,
    actor: decision.actor
   }, verb, (run, ctx) => resolveGate(run, ctx, decision), allowed);
  }
  function cancelRunFolder(runDir, reason, options) {
   return withRun(runDir, options, "cancel", (run, ctx) => cancelRun(run, ctx, reason), run => checkCancel(run.journal.state));
  }
  function readRunState(runDir) {
   const run = openReadOnly((0, run_folder.Zy)(runDir));
   return {
    state: run.journal.state,
    input: run.input
   };
  }
  function openReadOnly(dir) {
   const store = new FsRunStore(dir);
   const readOnly = new Proxy(store, {
    get(target, key, receiver) {
     if ([ "write", "append", "release", "remove", "writeArtifact", "commit", "writeManifest" ].includes(String(key))) {
      return () => undefined;
     }
     return Reflect.get(target, key, receiver);
    }
   });
   const ctx = {
    store: readOnly,
    backend: {
     name: "none",
     generate: () => Promise.reject(new Error("read only"))
    },
    clock: systemClock,
    actor: "status",
    environment: {},
    command: "status"
   };
   return openRun(ctx);
  }
  function verifyFolder(runDir) {
   const dir = (0, run_folder.Zy)(runDir);
   const store = new FsRunStore(dir);
   const report = verifyRun(store);
   if (!report.ok) return report;
   if (!report.sealed) return report;
   if (!external_node_fs_.existsSync(external_node_path_.join(dir, "SHA256SUMS.txt"))) {
    report.notes.push("SHA256SUMS.txt is missing (interrupted while sealing): report.md is not covered by any digest");
    return report;
   }
   const manifest = (0, bundle_manifest.K7)(dir);
   if (!manifest.ok) return {
    ...report,
    ok: false,
    where: manifest.where,
    message: manifest.message
   };
   return report;
  }
 }
};
