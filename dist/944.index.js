export const id = 944;
export const ids = [944];
export const modules = {

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   ir: () => (/* binding */ MANIFEST_NAME)
/* harmony export */ });
/* unused harmony export hashFileSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _run_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99562);






/** The manifest's file name, at the top of every finished or paused run folder (DESIGN §3). */
const MANIFEST_NAME = 'SHA256SUMS.txt';
// Written beside the manifest and renamed over it, so a reader never sees half a manifest.
const PARTIAL_NAME = `.${MANIFEST_NAME}.partial`;
const HEX = /^[0-9a-f]{64}$/;
const CHUNK = 1 << 20;
/** Hex SHA-256 of one file, read in 1 MiB chunks into one reused buffer so memory stays flat. */
function hashFileSync(file, buffer = Buffer.allocUnsafe(CHUNK)) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)('sha256');
    // O_NOFOLLOW: a file swapped for a symlink after listing is refused instead of followed.
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    try {
        for (;;) {
            const n = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            hash.update(buffer.subarray(0, n));
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
    return hash.digest('hex');
}
// GNU sha256sum escapes a backslash in a name by doubling it and starting the line with one backslash;
// `sha256sum -c` undoes that. (Control characters are refused when listing, so `\n` never occurs.)
function manifestLine(hex, rel) {
    if (!rel.includes('\\'))
        return `${hex}  ./${rel}\n`;
    return `\\${hex}  ./${rel.replaceAll('\\', '\\\\')}\n`;
}
function knownHex(value, rel) {
    const hex = value.startsWith('sha256:') ? value.slice('sha256:'.length) : value;
    if (!HEX.test(hex))
        throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);
    return hex;
}
/**
 * Writes `SHA256SUMS.txt` in a run folder: one `<hex>  ./<path>` line per regular file except the manifest
 * itself, sorted bytewise, in the format `sha256sum -c` accepts. Call it last, and again after a resume.
 *
 * @param knownDigests digests the caller already computed while writing, keyed by relative path without
 *   `./` (hex or `sha256:<hex>`); those files are not read again. Every other file is hashed from disk.
 * @throws IntegrityError naming the path when the folder holds a symlink, device, FIFO or socket.
 */
function writeManifest(runDir, knownDigests) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, PARTIAL_NAME), { force: true });
    const buffer = Buffer.allocUnsafe(CHUNK);
    let text = '';
    for (const rel of (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listRunFiles */ .ty)(runDir)) {
        if (rel === MANIFEST_NAME)
            continue;
        const known = knownDigests?.get(rel);
        const hex = known === undefined ? hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel), buffer) : knownHex(known, rel);
        text += manifestLine(hex, rel);
    }
    const partial = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, PARTIAL_NAME);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(partial, text, { mode: 0o644 });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(partial, node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, MANIFEST_NAME));
}
function parseManifest(text) {
    if (text.length > 0 && !text.endsWith('\n')) {
        return { where: MANIFEST_NAME, message: `${MANIFEST_NAME} does not end with a newline (truncated?)` };
    }
    const lines = text.split('\n');
    lines.pop();
    const listed = [];
    for (const [index, line] of lines.entries()) {
        const where = `${MANIFEST_NAME}:${index + 1}`;
        const m = /^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);
        if (!m) {
            return {
                where,
                message: `${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`,
            };
        }
        const rel = m[1] === '\\' ? m[3].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c)) : m[3];
        const previous = listed.at(-1);
        if (previous && (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .compareBytewise */ .GV)(previous.rel, rel) >= 0) {
            return { where, message: `${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice` };
        }
        if (rel === MANIFEST_NAME)
            return { where, message: `${where}: the manifest must not list itself` };
        listed.push({ hex: m[2], rel });
    }
    return listed;
}
/**
 * Checks a run folder against its `SHA256SUMS.txt`: the same set of files, each with the listed digest.
 * Files are compared in bytewise order and the first one that is missing, unlisted or different is named.
 * `knownDigests` (hex, by relative path) are digests the caller took of every file of the folder while
 * writing or reading those very bytes (extraction, packing): the folder is neither listed nor read again.
 */
function checkManifest(runDir, knownDigests) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, MANIFEST_NAME), 'utf8');
    }
    catch {
        return { ok: false, where: MANIFEST_NAME, message: `${MANIFEST_NAME} is missing from ${runDir}` };
    }
    const listed = parseManifest(text);
    if (!Array.isArray(listed))
        return { ok: false, ...listed };
    let present;
    try {
        present = (knownDigests ? [...knownDigests.keys()].sort(_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .compareBytewise */ .GV) : (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listRunFiles */ .ty)(runDir)).filter((rel) => rel !== MANIFEST_NAME);
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs)
            return { ok: false, where: err.where, message: err.message };
        throw err;
    }
    const buffer = Buffer.allocUnsafe(CHUNK);
    let i = 0;
    let j = 0;
    while (i < listed.length || j < present.length) {
        const order = i >= listed.length ? 1 : j >= present.length ? -1 : (0,_run_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .compareBytewise */ .GV)(listed[i].rel, present[j]);
        if (order < 0) {
            const rel = listed[i].rel;
            return { ok: false, where: rel, message: `${rel}: listed in ${MANIFEST_NAME} but missing` };
        }
        if (order > 0) {
            const rel = present[j];
            return { ok: false, where: rel, message: `${rel}: present but not listed in ${MANIFEST_NAME}` };
        }
        const { rel, hex } = listed[i];
        const found = knownDigests?.get(rel) ?? hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel), buffer);
        if (found !== hex) {
            return {
                ok: false,
                where: rel,
                message: `${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`,
            };
        }
        i += 1;
        j += 1;
    }
    return { ok: true };
}


/***/ }),

/***/ 80631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZL: () => (/* binding */ GZIP_OS_UNIX),
  jX: () => (/* binding */ packRun),
  ZS: () => (/* binding */ runTar)
});

// UNUSED EXPORTS: bundleName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
// EXTERNAL MODULE: ./src/bundle/run-tree.ts
var run_tree = __webpack_require__(99562);
;// CONCATENATED MODULE: ./src/bundle/deterministic-tar.ts







/** Modes every entry gets, whatever the umask or chmod on disk: evidence is data, never executable. */
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const BLOCK = 512;
// Small files are read whole and batched with their headers: thousands of tiny chunks through the gzip
// stream cost far more than the copying. Larger files stream in READ_CHUNK pieces so memory stays flat.
const SMALL_FILE = 256 * 1024;
const READ_CHUNK = 1024 * 1024;
const BATCH = 1024 * 1024;
const ZEROS = Buffer.alloc(BLOCK * 2);
const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
/**
 * The 512-byte header (plus a PAX header when the name is too long or not ASCII) of one entry. Only the
 * fields below are set, so nothing about the machine leaks in: uid/gid 0, no owner names, no atime/ctime.
 * Header and Pax come from the `tar` package so the encoding is the one it reads back.
 */
function entryHeader(name, type, size, mtime) {
    const archivePath = type === 'Directory' ? `${name}/` : name;
    const header = new index_min/* Header */.Y9({
        path: archivePath,
        mode: type === 'Directory' ? DIR_MODE : FILE_MODE,
        uid: 0,
        gid: 0,
        size,
        mtime,
        type,
        uname: '',
        gname: '',
    });
    const needPax = header.encode();
    const block = header.block;
    if (!needPax)
        return block;
    const pax = new index_min/* Pax */.un({ path: archivePath, size: size > 0o77777777777 ? size : undefined });
    return Buffer.concat([pax.encode(), block]);
}
function padding(size) {
    const rest = size % BLOCK;
    return rest === 0 ? ZEROS.subarray(0, 0) : ZEROS.subarray(0, BLOCK - rest);
}
function changed(name, expected) {
    return new errors/* IntegrityError */.cs(`refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`, name);
}
function readSmall(item) {
    const fd = external_node_fs_.openSync(item.abs, external_node_fs_.constants.O_RDONLY | NOFOLLOW);
    try {
        // One byte more than expected, so a file that grew since listing is noticed. A regular file's read
        // returns less than asked only at its end, so a short read needs no second call to find the end.
        const data = Buffer.allocUnsafe(item.size + 1);
        let got = 0;
        for (;;) {
            const asked = data.length - got;
            const n = external_node_fs_.readSync(fd, data, got, asked, null);
            got += n;
            if (n === 0 || n < asked || got === data.length)
                break;
        }
        if (got !== item.size)
            throw changed(item.name, item.size);
        return data.subarray(0, got);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
async function* readLarge(item, digest) {
    const content = digest ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    const handle = await external_node_fs_.promises.open(item.abs, external_node_fs_.constants.O_RDONLY | NOFOLLOW);
    try {
        let left = item.size;
        while (left > 0) {
            // A fresh buffer per chunk: the gzip stream still holds the previous one while it compresses.
            const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, left));
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                throw changed(item.name, item.size);
            left -= bytesRead;
            const chunk = bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
            content?.update(chunk);
            yield chunk;
        }
        const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, null);
        if (bytesRead !== 0)
            throw changed(item.name, item.size);
        if (content && digest)
            digest(content.digest('hex'));
    }
    finally {
        await handle.close();
    }
}
/** Every entry of the archive in bytewise path order; a folder always precedes its contents. */
function tarItems(runDir, topName, tree) {
    const items = [{ name: topName, size: 0 }];
    for (const dir of tree.dirs)
        items.push({ name: `${topName}/${dir}`, size: 0 });
    for (const file of tree.files) {
        items.push({
            name: `${topName}/${file.path}`,
            abs: external_node_path_.join(runDir, file.path),
            rel: file.path,
            size: file.size,
        });
    }
    return items.sort((a, b) => (0,run_tree/* compareBytewise */.GV)(a.name, b.name));
}
/**
 * Yields the bytes of an uncompressed POSIX tar of `items`, in order, ending with the two zero blocks.
 * The bytes depend only on names, sizes, contents and `mtime`: the same folder gives the same tar anywhere.
 * `digests`, when given, receives each file's hex SHA-256 (by `rel`) from the very bytes read for the tar.
 */
async function* deterministicTar(items, mtime, digests) {
    let batch = [];
    let batched = 0;
    const add = (chunk) => {
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
            add(entryHeader(item.name, 'Directory', 0, mtime));
        }
        else if (item.size <= SMALL_FILE) {
            const data = readSmall({ ...item, abs: item.abs });
            if (digests && item.rel !== undefined)
                digests.set(item.rel, (0,hash/* sha256Hex */.fg)(data));
            add(entryHeader(item.name, 'File', item.size, mtime));
            add(data);
            add(padding(item.size));
        }
        else {
            add(entryHeader(item.name, 'File', item.size, mtime));
            yield flush();
            const rel = item.rel;
            yield* readLarge({ ...item, abs: item.abs }, digests && rel !== undefined ? (hex) => digests.set(rel, hex) : undefined);
            add(padding(item.size));
        }
        if (batched >= BATCH)
            yield flush();
    }
    add(ZEROS);
    yield flush();
}

// EXTERNAL MODULE: ./src/store/make-folders.ts
var make_folders = __webpack_require__(67383);
// EXTERNAL MODULE: ./src/store/run-folder.ts
var run_folder = __webpack_require__(39089);
;// CONCATENATED MODULE: ./src/bundle/pack.ts











/** RFC 1952 OS byte for "Unix". zlib writes its build platform here (3, 10 on Windows, 19 on macOS). */
const GZIP_OS_UNIX = 3;
/** The run id `input.json` names (a copied or renamed folder is still that run), else the folder's name. */
function runIdOf(runDir) {
    const inputPath = external_node_path_.join(runDir, 'input.json');
    if (!external_node_fs_.existsSync(inputPath))
        return external_node_path_.basename(runDir);
    let runId;
    try {
        runId = JSON.parse(external_node_fs_.readFileSync(inputPath, 'utf8')).run_id;
    }
    catch {
        throw new errors/* InputError */.dz(`${inputPath} is not valid JSON; cannot name the bundle`);
    }
    // It names the bundle file and its top folder: anything but a run id is refused rather than trusted.
    if (typeof runId !== 'string' || !run_folder/* RUN_ID */.UC.test(runId))
        throw new errors/* InputError */.dz(`${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`);
    return runId;
}
function readRunFacts(runDir) {
    const facts = { runId: runIdOf(runDir), shortSha: 'nosha', mtime: new Date(0) };
    const metaPath = external_node_path_.join(runDir, 'metadata.json');
    if (!external_node_fs_.existsSync(metaPath))
        return facts;
    let meta;
    try {
        meta = JSON.parse(external_node_fs_.readFileSync(metaPath, 'utf8'));
    }
    catch {
        throw new errors/* InputError */.dz(`${metaPath} is not valid JSON; cannot name or date the bundle`);
    }
    if (typeof meta !== 'object' || meta === null)
        return facts;
    const record = meta;
    if (record.created_at !== undefined) {
        const ms = typeof record.created_at === 'string' ? Date.parse(record.created_at) : NaN;
        if (Number.isNaN(ms)) {
            throw new errors/* InputError */.dz(`${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`);
        }
        // Whole seconds: tar headers hold seconds, and a fraction would force a PAX header on every entry.
        facts.mtime = new Date(Math.floor(ms / 1000) * 1000);
    }
    const sha = record.git?.sha;
    if (typeof sha === 'string') {
        // The short SHA goes into a file name: anything but hex is refused rather than trusted.
        if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
            throw new errors/* InputError */.dz(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`);
        }
        facts.shortSha = sha.slice(0, 7).toLowerCase();
    }
    return facts;
}
/** The folder's real path (packing through a symbolic link packs the folder); as given when it does not exist. */
function realFolder(runDir) {
    const abs = external_node_path_.resolve(runDir);
    return external_node_fs_.existsSync(abs) ? external_node_fs_.realpathSync(abs) : abs;
}
function isInside(child, parent) {
    const rel = external_node_path_.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
/**
 * The tar `packRun` writes for a run folder, before gzip: what a bundle of that folder holds, byte for byte.
 * `tree` is the folder's listing when the caller has walked it already.
 */
function runTar(runDir, tree) {
    const absRun = realFolder(runDir);
    return tarOf(absRun, readRunFacts(absRun), tree ?? (0,run_tree/* listRunTree */.sE)(absRun));
}
function tarOf(absRun, facts, tree, digests) {
    return deterministicTar(tarItems(absRun, facts.runId, tree), facts.mtime, digests);
}
/** Bundle file name for a run folder: `awo-<run id>-<short sha>.tar.gz` (DESIGN §6). */
function bundleName(runDir) {
    const facts = readRunFacts(runDir);
    return `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
}
/**
 * Packs a run folder into `outDir/awo-<run id>-<short sha>.tar.gz` with one top folder (the run id).
 * Deterministic: entries sorted bytewise, mtime from `metadata.json`'s `created_at` (else the epoch),
 * uid/gid 0, modes 0644/0755, no owner names, gzip header with mtime 0 and a fixed OS byte. Streams, so
 * memory stays flat; the bundle's SHA-256 and every file's are computed in the same pass. The bundle appears under its name only
 * when complete.
 *
 * @throws IntegrityError naming the path for a symlink, device or FIFO in the folder, or a file that
 *   changes while packing; InputError for a bad `metadata.json` or an output folder inside the run.
 */
async function packRun(runDir, outDir, opts = {}) {
    const absRun = realFolder(runDir);
    const absOut = external_node_path_.resolve(outDir);
    const facts = readRunFacts(absRun);
    if (isInside(absOut, absRun)) {
        throw new errors/* InputError */.dz(`the bundle cannot be written inside the run folder it packs: ${absOut}`);
    }
    // The folder is walked before anything is written: a symlink or device is refused with no partial file.
    const fileDigests = new Map();
    const tar = tarOf(absRun, facts, (0,run_tree/* listRunTree */.sE)(absRun), fileDigests);
    const name = `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
    try {
        (0,make_folders/* makeFolders */.w)(absOut);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`cannot create output folder ${absOut}: ${(0,errors/* messageOf */.bD)(err)}`);
    }
    const finalPath = external_node_path_.join(absOut, name);
    const partial = external_node_path_.join(absOut, `.${name}.${process.pid}.partial`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const fixHeaderAndHash = async function* (chunks) {
        for await (const chunk of chunks) {
            // The OS byte is the 10th byte of the stream; zlib's first output chunk always holds the whole
            // 10-byte header, but check rather than assume.
            if (bytes < 10 && bytes + chunk.length > 9)
                chunk[9 - bytes] = GZIP_OS_UNIX;
            bytes += chunk.length;
            hash.update(chunk);
            yield chunk;
        }
    };
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.from(tar), 
        // zlib leaves the gzip header's mtime at 0 and its name/comment empty, as determinism needs.
        external_node_zlib_.createGzip({ level: opts.level ?? 6, chunkSize: 256 * 1024 }), fixHeaderAndHash, external_node_fs_.createWriteStream(partial, { mode: 0o644 }));
        external_node_fs_.renameSync(partial, finalPath);
    }
    catch (err) {
        external_node_fs_.rmSync(partial, { force: true });
        throw err;
    }
    return { path: finalPath, name, sha256: `sha256:${hash.digest('hex')}`, bytes, fileDigests };
}


/***/ }),

/***/ 99562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ hasControlChar),
/* harmony export */   GV: () => (/* binding */ compareBytewise),
/* harmony export */   sE: () => (/* binding */ listRunTree),
/* harmony export */   ty: () => (/* binding */ listRunFiles)
/* harmony export */ });
/* unused harmony export sortBytewise */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** Bytewise comparison of UTF-8 paths: the same order on every machine and locale, unlike `localeCompare`. */
function compareBytewise(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** Sorts strings bytewise, converting each to bytes once (15,000 paths would otherwise be re-encoded per comparison). */
function sortBytewise(paths) {
    return paths
        .map((p) => ({ p, b: Buffer.from(p, 'utf8') }))
        .sort((x, y) => Buffer.compare(x.b, y.b))
        .map((x) => x.p);
}
// A newline or other control character in a name would break the one-line-per-file manifest and the
// auditor's terminal; evidence file names never need one, so they are refused rather than escaped.
/** True when a name holds a control character (U+0000 to U+001F, or DEL). */
function hasControlChar(name) {
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (c < 0x20 || c === 0x7f)
            return true;
    }
    return false;
}
function kindOf(entry) {
    if (entry.isSymbolicLink())
        return 'a symbolic link';
    if (entry.isFIFO())
        return 'a FIFO';
    if (entry.isCharacterDevice())
        return 'a character device';
    if (entry.isBlockDevice())
        return 'a block device';
    if (entry.isSocket())
        return 'a socket';
    return 'not a regular file or folder';
}
/**
 * Lists a run folder's regular files and sub-folders. Refuses, naming the path, anything a bundle must not
 * carry (symbolic links, devices, FIFOs, sockets) and names with control characters, because what is listed
 * here is exactly what the manifest covers and the bundle holds.
 */
function listRunTree(runDir) {
    return walkRunTree(runDir, true);
}
/** Sorted relative paths of every regular file in a run folder (see {@link listRunTree} for what is refused). */
function listRunFiles(runDir) {
    return walkRunTree(runDir, false).files.map((f) => f.path);
}
/** The walk behind both listings; `withSizes` adds an lstat per file, which only the packer needs. */
function walkRunTree(runDir, withSizes) {
    let top;
    try {
        top = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(runDir);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`run folder not found: ${runDir}`);
    }
    if (!top.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`not a run folder (not a directory): ${runDir}`);
    const files = [];
    const dirs = [];
    const pending = [''];
    while (pending.length > 0) {
        const rel = pending.pop();
        const abs = rel === '' ? runDir : node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, rel);
        for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(abs, { withFileTypes: true })) {
            const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (hasControlChar(entry.name)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`refused ${JSON.stringify(childRel)}: file names with control characters cannot be listed in SHA256SUMS.txt`, childRel);
            }
            if (entry.isDirectory()) {
                dirs.push(childRel);
                pending.push(childRel);
            }
            else if (entry.isFile()) {
                files.push({ path: childRel, size: withSizes ? node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, entry.name)).size : 0 });
            }
            else {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`refused ${JSON.stringify(childRel)}: it is ${kindOf(entry)}; a run folder may hold only regular files and folders`, childRel);
            }
        }
    }
    const order = new Map(sortBytewise(files.map((f) => f.path)).map((p, i) => [p, i]));
    files.sort((a, b) => order.get(a.path) - order.get(b.path));
    return { files, dirs: sortBytewise(dirs) };
}


/***/ }),

/***/ 39944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9075);
/* harmony import */ var _bundle_pack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80631);





const usage = `Usage: awo pack <run folder> [--out <dir>]

Packs a finished or paused run folder into awo-<run id>-<short sha>.tar.gz: one top folder, sorted
entries, fixed mtime, uid/gid 0, normalised modes. The same folder always gives the same bytes.
Prints the bundle's path, then its sha256:<hex> digest.

  --out <dir>   folder to write the bundle into (default: the current folder)`;
/** `awo pack <run folder>`: the deterministic evidence bundle (DESIGN §6). */
const command = {
    name: 'pack',
    summary: 'Pack a run folder into a deterministic .tar.gz evidence bundle',
    usage,
    async run(args, io) {
        let runArg;
        let outArg;
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (arg === '--help' || arg === '-h')
                return (io.out(usage), 0);
            if (arg === '--out' || arg === '-o') {
                outArg = args[++i];
                if (outArg === undefined)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${arg} needs a folder\n\n${usage}`);
            }
            else if (arg.startsWith('--out=')) {
                outArg = arg.slice('--out='.length);
            }
            else if (arg.startsWith('-')) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unknown option ${arg}\n\n${usage}`);
            }
            else if (runArg === undefined) {
                runArg = arg;
            }
            else {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unexpected argument ${arg}: pack takes one run folder\n\n${usage}`);
            }
        }
        if (runArg === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`missing the run folder\n\n${usage}`);
        const runDir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, runArg);
        // A folder without a manifest is not a finished or paused run; a bundle of it could not be verified.
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(runDir) && !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir, _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAME */ .ir))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${runDir} has no ${_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_NAME */ .ir}: only finished or paused runs can be packed`);
        }
        const bundle = await (0,_bundle_pack_js__WEBPACK_IMPORTED_MODULE_4__/* .packRun */ .jX)(runDir, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, outArg ?? '.'));
        io.out(bundle.path);
        io.out(bundle.sha256);
        // The evidence is packed either way (it may be all there is); the reader is told now, not at verify time.
        // The check is the seal's manifest against the digests of the very bytes packed (one pass, no re-read):
        // a file changed since the stop shows here; the audit chain and receipts are `awo verify`'s to recompute.
        let problem;
        try {
            const manifest = (0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .checkManifest */ .K7)(runDir, bundle.fileDigests);
            if (!manifest.ok)
                problem = manifest.message ?? 'unknown mismatch';
        }
        catch (err) {
            problem = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err);
        }
        if (problem)
            io.err(`warning: the run folder does not verify (${problem}); \`awo verify\` will reject this bundle`);
        return 0;
    },
};


/***/ }),

/***/ 42605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dj: () => (/* binding */ canonicalJson),
  QN: () => (/* binding */ digestBytes),
  G5: () => (/* binding */ digestObject),
  Bc: () => (/* binding */ isDigest),
  D_: () => (/* binding */ prettyJson),
  fg: () => (/* binding */ sha256Hex)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/canonical-json.ts
/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON data model the run records use, written for speed:
 * a run hashes a dozen records per step, and the generic `canonicalize` package spent most of a step's CPU
 * building strings with `reduce`. The output is byte for byte what `canonicalize` 2.1.0 (the maintained
 * reference implementation by the RFC's co-author) gives for every JSON value; test/core/canonical-json.test.ts
 * checks it against the RFC's test vectors and against that package on generated values.
 *
 * - strings: ECMAScript `JSON.stringify` (RFC 8785 §3.2.2.2 takes its escaping as is);
 * - numbers: ECMAScript Number-to-String (§3.2.2.3), which `JSON.stringify` of a finite number is; NaN and
 *   ±Infinity are refused;
 * - objects: members sorted by their names' UTF-16 code units (§3.2.3), which is JavaScript's default sort;
 *   members whose value is `undefined`, a function or a symbol are left out, as `JSON.stringify` does;
 * - arrays: in order; `undefined`, functions and symbols become `null`;
 * - a `toJSON` method is honoured (a `Date` is its ISO string).
 */
/** Quoted JSON strings of member names met before: records repeat the same few dozen names. */
const quotedNames = new Map();
const MAX_CACHED_NAMES = 4096;
function quoteName(name) {
    let quoted = quotedNames.get(name);
    if (quoted === undefined) {
        quoted = JSON.stringify(name);
        if (quotedNames.size < MAX_CACHED_NAMES)
            quotedNames.set(name, quoted);
    }
    return quoted;
}
function serialize(value) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            if (!Number.isFinite(value))
                throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`);
            return JSON.stringify(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object': {
            if (value === null)
                return 'null';
            if (Array.isArray(value)) {
                let out = '[';
                for (let i = 0; i < value.length; i++) {
                    if (i > 0)
                        out += ',';
                    out += serialize(value[i]) ?? 'null';
                }
                return out + ']';
            }
            const toJSON = value.toJSON;
            if (typeof toJSON === 'function')
                return serialize(toJSON.call(value));
            const record = value;
            const names = Object.keys(record).sort();
            let out = '{';
            let first = true;
            for (const name of names) {
                const member = serialize(record[name]);
                if (member === undefined)
                    continue;
                if (!first)
                    out += ',';
                first = false;
                out += quoteName(name) + ':' + member;
            }
            return out + '}';
        }
        case 'bigint':
            throw new TypeError('a BigInt cannot be canonicalized as JSON');
        default:
            // undefined, a function, a symbol: not JSON values.
            return undefined;
    }
}
/** RFC 8785 canonical JSON of `value`; `undefined` when `value` is not a JSON value (undefined, a function). */
function canonicalize(value) {
    return serialize(value);
}

;// CONCATENATED MODULE: ./src/core/hash.ts


// `crypto.hash` (Node 20.12+, every Node 22 and 24) hashes in one call, without a Hash object: a run
// hashes a dozen small records per step, and this is 2.5 times faster for them. Older Node 20 falls back.
const oneShot = typeof external_node_crypto_.hash === 'function' ? (data) => external_node_crypto_.hash('sha256', data, 'hex') : undefined;
/** Hex SHA-256 of raw bytes (a string is hashed as its UTF-8 bytes). */
function sha256Hex(data) {
    return oneShot ? oneShot(data) : external_node_crypto_.createHash('sha256').update(data).digest('hex');
}
/** `sha256:` digest of raw bytes: prompts, files. Same as Python's `hashlib.sha256(s.encode()).hexdigest()`. */
function digestBytes(data) {
    return `sha256:${sha256Hex(data)}`;
}
/** RFC 8785 (JCS) canonical JSON of a value. */
function canonicalJson(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new TypeError('value cannot be canonicalized as JSON');
    return text;
}
/** How run-folder records are written: indented JSON with a final newline, for people and diffs. */
function prettyJson(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/** `sha256:` digest of an object, over its RFC 8785 canonical JSON. */
function digestObject(value) {
    return digestBytes(canonicalJson(value));
}
/** True when `value` looks like a digest this project writes. */
function isDigest(value) {
    return typeof value === 'string' && /^sha256:[0-9a-f]{64}$/.test(value);
}


/***/ }),

/***/ 67383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ makeFolders)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * `mkdir -p`: creates a folder and any missing parents. Node's own `recursive: true` never returns on a
 * file system that answers ENOENT for a folder whose parent exists (`/proc/x` on Node 20); here a second
 * ENOENT, after the parent was made, is an error.
 */
function makeFolders(dir, mode) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target, { mode });
        return;
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())
                return;
            throw err;
        }
        if (code !== 'ENOENT' || node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target) === target)
            throw err;
    }
    makeFolders(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), mode);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target, { mode });
    }
    catch (err) {
        if (err.code !== 'EEXIST' || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())
            throw err;
    }
}


/***/ }),

/***/ 39089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ CREATING_PREFIX),
/* harmony export */   UC: () => (/* binding */ RUN_ID),
/* harmony export */   Zy: () => (/* binding */ requireRunFolder),
/* harmony export */   kg: () => (/* binding */ createRunFolder),
/* harmony export */   nl: () => (/* binding */ publishRunFolder)
/* harmony export */ });
/* unused harmony export runIdFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _make_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67383);




/** `run_YYYY-MM-DDTHH-MM-SSZ` in UTC (DESIGN §3). */
function runIdFor(date) {
    return `run_${date.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}
/** A run id as the engine makes them: `run_YYYY-MM-DDTHH-MM-SSZ` with an optional `-N`. */
const RUN_ID = /^run_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,4})?$/;
/** Prefix of a run folder still being created: never a run folder, so never verified or resumed. */
const CREATING_PREFIX = '.creating-';
/**
 * Reserves a new run id under `runsDir` and creates its folder under a hidden name (`.creating-<id>`);
 * `publishRunFolder` renames it into place once its first files are durable, so a crash during creation
 * never leaves a half-made run folder. A second run in the same second gets `-2`, `-3`, ...: `mkdir`
 * without `recursive` fails when the name is taken, so two processes never share one.
 */
function createRunFolder(runsDir, date) {
    const enclosing = enclosingRunFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir));
    if (enclosing)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the runs folder ${runsDir} ${enclosing === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir) ? 'is' : 'is inside'} the run folder ${enclosing}: a new run there would change that run's sealed evidence; give a runs folder outside it`);
    try {
        (0,_make_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFolders */ .w)(runsDir);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot create runs folder ${runsDir}: ${err.message}`);
    }
    const base = runIdFor(date);
    for (let n = 1; n < 10_000; n++) {
        const runId = n === 1 ? base : `${base}-${n}`;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir, runId);
        const creating = node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir, CREATING_PREFIX + runId);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir))
            continue;
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(creating);
            return { runId, dir, creating };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot create run folder ${dir}: ${err.message}`);
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`too many runs in ${runsDir} within one second`);
}
/** The run folder that holds `dir` (or is `dir`), if any. */
function enclosingRunFolder(dir) {
    for (let at = dir;; at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, 'input.json')) && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at, 'lock.snapshot.json')))
            return at;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at) === at)
            return undefined;
    }
}
/** Moves a created run folder into place (atomic rename) and makes the rename durable. */
function publishRunFolder(folder) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(folder.creating, folder.dir);
    const parent = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder.dir), 'r');
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(parent);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(parent);
    }
}
/** Checks that a path is a run folder before any command opens it. */
function requireRunFolder(dir) {
    let resolved;
    let stat;
    try {
        // The real path: a session through a symbolic link works on (and seals) the folder itself.
        resolved = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir));
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(resolved);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`no run folder at ${dir}`);
    }
    if (!stat.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${dir} is not a folder; give a run folder (runs/run_...)`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved, 'input.json')) ||
        !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved, 'lock.snapshot.json'))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${dir} is not a run folder: input.json or lock.snapshot.json is missing`);
    }
    return resolved;
}


/***/ })

};
